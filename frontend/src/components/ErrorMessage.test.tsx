import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../i18n';
import { ApiError, NetworkError } from '../lib/api-client';
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

  it('says in the console language that the caller must slow down or wait for the service', () => {
    const problem = (status: number) => new ApiError(status, { status, detail: 'server detail in English' });
    render(
      <LocaleContext.Provider value="ko">
        <ErrorMessage error={problem(429)} fallback="실패" />
        <ErrorMessage error={problem(503)} fallback="실패" />
      </LocaleContext.Provider>,
    );
    const [limited, unavailable] = screen.getAllByRole('alert');
    expect(limited).toHaveTextContent('짧은 시간에 요청이 너무 많습니다.');
    expect(unavailable).toHaveTextContent('서비스를 잠시 사용할 수 없습니다.');
    expect(limited).not.toHaveTextContent('server detail');
  });

  it('says how long the server asked to wait (Retry-After), and names what is away when told', () => {
    const away = new ApiError(503, { status: 503, detail: 'Dooray unreachable' }, 5);
    render(
      <LocaleContext.Provider value="ja">
        <ErrorMessage error={away} fallback="失敗" unavailable="現在 Dooray に接続できません。" />
        <ErrorMessage error={new ApiError(503, { status: 503 })} fallback="失敗" />
      </LocaleContext.Provider>,
    );
    const [named, plain] = screen.getAllByRole('alert');
    expect(named).toHaveTextContent('失敗 現在 Dooray に接続できません。 5 秒後に再試行できます。');
    expect(plain).toHaveTextContent('サービスが一時的に利用できません。');
    expect(plain).not.toHaveTextContent('秒後に再試行');
  });

  it('shows the detail of other errors as given', () => {
    render(<ErrorMessage error={new Error('Title too long')} fallback="Failed" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Failed Title too long');
  });

  it('says in the console language that someone else changed it first, not the server detail', () => {
    const stale = new ApiError(409, {
      type: 'https://switchboard.dev/problems/stale-version',
      status: 409,
      detail: 'Ticket CS-1 has changed (version 4, you sent 3); reload it and try again.',
    });
    const shown = (locale: 'en' | 'ko' | 'ja') => {
      const { unmount } = render(
        <LocaleContext.Provider value={locale}>
          <ErrorMessage error={stale} fallback="x" />
        </LocaleContext.Provider>,
      );
      const text = screen.getByTestId('stale-version').textContent;
      unmount();
      return text;
    };
    expect(shown('en')).toBe('Someone else changed this in the meantime. The latest version is shown now: check it and try again.');
    expect(shown('ko')).toBe('그사이 다른 사람이 변경했습니다. 최신 내용을 다시 불러왔습니다. 확인한 후 다시 시도하세요.');
    expect(shown('ja')).toBe('その間に他の人が変更しました。 最新の内容を読み込み直しました。確認してから、もう一度お試しください。');
  });
});
