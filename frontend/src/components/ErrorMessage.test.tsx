import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../i18n';
import { NetworkError } from '../lib/api-client';
import { ErrorMessage } from './ErrorMessage';

describe('ErrorMessage', () => {
  it('says that the server is unreachable in the console language', () => {
    render(
      <LocaleContext.Provider value="ja">
        <ErrorMessage error={new NetworkError(new TypeError('fetch failed'))} fallback="失敗" />
      </LocaleContext.Provider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('失敗 サーバーに接続できません。');
  });

  it('shows the detail of other errors as given', () => {
    render(<ErrorMessage error={new Error('Title too long')} fallback="Failed" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Failed Title too long');
  });
});
