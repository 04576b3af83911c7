import { useI18n } from '../../../i18n';
import type { DoorayTagGroup, DoorayTags } from '../api/types';
import { groupKey, toggleTag, type DoorayEscalateErrors } from '../lib/escalate-form';

/**
 * The project's tags by group: a mandatory group is marked and must have one; a select-one group is a set of
 * radio buttons (with "none" unless it is mandatory); tags outside groups come last.
 */
export function TagPicker({
  tags,
  chosen,
  onChange,
  errors,
}: {
  tags: DoorayTags;
  chosen: Record<string, string[]>;
  onChange: (tags: Record<string, string[]>) => void;
  errors: DoorayEscalateErrors;
}) {
  const { m } = useI18n();
  const t = m.dooray.escalate;
  if (tags.groups.length === 0 && tags.ungroupedTags.length === 0) return <p className="muted">{t.noTags}</p>;
  return (
    <>
      {tags.groups.map((group) => (
        <TagGroup key={group.id} group={group} chosen={chosen} onChange={onChange} error={errors[groupKey(group.id)]} />
      ))}
      {tags.ungroupedTags.length > 0 && (
        <fieldset className="field tag-group" data-testid="dooray-tags-ungrouped">
          <legend>{tags.groups.length > 0 ? t.otherTags : t.tags}</legend>
          {tags.ungroupedTags.map((tag) => (
            <label key={tag.id} className="checkbox">
              <input
                type="checkbox"
                checked={(chosen[''] ?? []).includes(tag.id)}
                onChange={(e) => onChange(toggleTag(chosen, null, tag.id, e.target.checked))}
              />{' '}
              {tag.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

function TagGroup({
  group,
  chosen,
  onChange,
  error,
}: {
  group: DoorayTagGroup;
  chosen: Record<string, string[]>;
  onChange: (tags: Record<string, string[]>) => void;
  error?: string;
}) {
  const { m } = useI18n();
  const t = m.dooray.escalate;
  const id = `dooray-tag-group-${group.id}`;
  const mine = chosen[group.id] ?? [];
  return (
    <fieldset
      id={id}
      className={error ? 'field tag-group invalid' : 'field tag-group'}
      data-testid="dooray-tag-group"
      data-mandatory={group.mandatory}
      aria-invalid={Boolean(error)}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-required={group.mandatory}
    >
      <legend>
        {group.name}
        {group.mandatory && (
          <span className="required-mark" aria-hidden="true">
            {' '}*
          </span>
        )}
        <span className="muted small"> ({group.selectOne ? t.chooseOne : t.chooseAny})</span>
      </legend>
      {group.selectOne && !group.mandatory && (
        <label className="checkbox">
          <input type="radio" name={id} checked={mine.length === 0} onChange={() => onChange({ ...chosen, [group.id]: [] })} />{' '}
          {t.noTag}
        </label>
      )}
      {group.tags.map((tag) => (
        <label key={tag.id} className="checkbox">
          <input
            type={group.selectOne ? 'radio' : 'checkbox'}
            name={group.selectOne ? id : undefined}
            checked={mine.includes(tag.id)}
            onChange={(e) => onChange(toggleTag(chosen, group, tag.id, e.target.checked))}
          />{' '}
          {tag.name}
        </label>
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
