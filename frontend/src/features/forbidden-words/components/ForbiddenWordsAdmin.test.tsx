import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { ForbiddenWord } from '../../../lib/forbidden-words';
import { ForbiddenWordsAdmin } from './ForbiddenWordsAdmin';

const PATH = '/api/v1/services/CS/forbidden-words';
const word = (id: string, text: string): ForbiddenWord => ({ id, word: text, createdBy: 'alice', createdAt: '2026-12-01T01:00:00Z' });

function server(state: { words: ForbiddenWord[] }) {
  const writes: string[] = [];
  const api = fakeServer((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === PATH && method === 'GET') return jsonResponse(state.words);
    if (url.pathname === PATH && method === 'POST') {
      const { word: text } = JSON.parse(String(init?.body)) as { word: string };
      writes.push(`add ${text}`);
      if (state.words.some((w) => w.word === text)) {
        return problemResponse({ status: 409, title: 'Conflict', detail: `"${text}" is already a forbidden word of CS.` });
      }
      const added = word(`w-${state.words.length + 1}`, text);
      state.words = [...state.words, added];
      return jsonResponse(added, 201);
    }
    if (url.pathname.startsWith(`${PATH}/`) && method === 'DELETE') {
      const id = url.pathname.slice(PATH.length + 1);
      writes.push(`remove ${id}`);
      state.words = state.words.filter((w) => w.id !== id);
      return noContent();
    }
    return undefined;
  });
  return { ...api, writes };
}

const show = (fetchFn: typeof fetch, locale: 'en' | 'ko' | 'ja' = 'en') =>
  renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <ForbiddenWordsAdmin code="CS" />
    </LocaleContext.Provider>,
    { fetchFn },
  );

const shownWords = () => screen.getAllByTestId('forbidden-word-row').map((row) => row.dataset.word);

describe('ForbiddenWordsAdmin', () => {
  it('adds a word trimmed, says why a taken or empty one is refused, and searches the list', async () => {
    const api = server({ words: [word('w-1', '바보')] });
    show(api.fetchFn, 'ko');
    await waitFor(() => expect(shownWords()).toEqual(['바보']));
    await userEvent.click(screen.getByTestId('forbidden-word-add'));
    expect(screen.getByText('100자 이내로 입력하세요.')).toBeInTheDocument();
    expect(api.writes).toEqual([]);

    await userEvent.type(screen.getByTestId('forbidden-word-input'), '  ばか  ');
    await userEvent.click(screen.getByTestId('forbidden-word-add'));
    await waitFor(() => expect(shownWords()).toEqual(['바보', 'ばか']));
    expect(api.writes).toEqual(['add ばか']);
    expect(screen.getByTestId('forbidden-word-input')).toHaveValue('');

    await userEvent.type(screen.getByTestId('forbidden-word-input'), '바보');
    await userEvent.click(screen.getByTestId('forbidden-word-add'));
    expect(await screen.findByText('금칙어를 추가하지 못했습니다.')).toBeInTheDocument();
    expect(screen.getByText(/is already a forbidden word of CS/)).toBeInTheDocument();

    await userEvent.type(screen.getByTestId('forbidden-words-search'), 'ば');
    expect(shownWords()).toEqual(['ばか']);
  });

  it('removes a word only after confirming', async () => {
    const api = server({ words: [word('w-1', '바보'), word('w-2', 'idiot')] });
    show(api.fetchFn, 'ja');
    await waitFor(() => expect(shownWords()).toEqual(['바보', 'idiot']));
    const row = screen.getAllByTestId('forbidden-word-row')[1]!;
    await userEvent.click(within(row).getByTestId('forbidden-word-remove'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent('「idiot」を再び回答に使えるようになります。削除しますか？');
    await userEvent.click(within(screen.getByTestId('confirm-dialog')).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(shownWords()).toEqual(['바보']));
    expect(api.writes).toEqual(['remove w-2']);
  });

  it('says when the service has none', async () => {
    show(server({ words: [] }).fetchFn);
    expect(await screen.findByText('The service has no forbidden words.')).toBeInTheDocument();
  });
});
