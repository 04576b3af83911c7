import { Fragment } from 'react';
import { Link } from 'react-router';

/**
 * A sentence with a ticket number in it (`Escalated to {number}`, `{number} に移管しました`): the number links to the
 * ticket's page, `/tickets/<number>`, wherever the language puts it.
 */
export function TicketNumberLink({ template, number, testId }: { template: string; number: string; testId?: string }) {
  const [before, ...after] = template.split('{number}');
  return (
    <>
      {before}
      {after.map((text, i) => (
        <Fragment key={i}>
          <Link to={`/tickets/${encodeURIComponent(number)}`} data-testid={testId}>
            {number}
          </Link>
          {text}
        </Fragment>
      ))}
    </>
  );
}
