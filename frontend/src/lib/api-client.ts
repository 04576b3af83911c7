/**
 * Same-origin client for `/api/v1/...`: adds a fresh bearer token to every call and turns RFC 9457
 * problem+json answers into {@link ApiError}s.
 */

export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
}

/** `Retry-After` as seconds to wait: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: ProblemFieldError[];
  /** How long the server asked to wait before trying again (`Retry-After` of a 429 or 503), in seconds. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: ProblemDetails, retryAfterSeconds: number | null = null) {
    const title = problem.title ?? `HTTP ${status}`;
    const detail = problem.detail ?? problem.title ?? `Request failed with status ${status}`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = title;
    this.detail = detail;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Someone else changed the resource since it was read: the `If-Match` version was stale (412, or
   * the services' 409 `stale-version` problem). Reload it and let the user decide again.
   */
  get isStale(): boolean {
    return this.status === 412 || (this.status === 409 && this.type.endsWith('/stale-version'));
  }

  /**
   * Field errors keyed by the form's field names. Server paths such as `create.request.customer.email`
   * or `customer.email` are matched by their longest known suffix; unknown fields are left out.
   */
  fieldErrorsFor<K extends string>(knownFields: readonly K[]): Partial<Record<K, string>> {
    const result: Partial<Record<K, string>> = {};
    const bySpecificity = [...knownFields].sort((a, b) => b.length - a.length);
    for (const { field, message } of this.fieldErrors) {
      const match = bySpecificity.find((known) => field === known || field.endsWith(`.${known}`));
      if (match && result[match] === undefined) result[match] = message;
    }
    return result;
  }
}

/** Raised when the server could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached. Check your connection and try again.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

export type TokenProvider = () => Promise<string | undefined>;

export interface ApiClientOptions {
  getToken: TokenProvider;
  fetchFn?: typeof fetch;
  baseUrl?: string;
  /** Makes the request of an upload (fetch reports no upload progress); tests pass a fake. */
  createXhr?: () => XMLHttpRequest;
}

/**
 * Options of a change: `ifMatch` is the version the user saw, sent as `If-Match: "<version>"`;
 * `idempotencyKey` makes a retry of the same request return the first answer (`Idempotency-Key`).
 */
export interface ChangeOptions {
  ifMatch?: string | number;
  idempotencyKey?: string;
}

export type QueryValue = string | number | boolean | null | undefined;
/** Query parameters; an array repeats the parameter (`status=A&status=B`); empty values are left out. */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

export interface ApiClient {
  get<T>(path: string, query?: QueryParams): Promise<T>;
  post<T>(path: string, body?: unknown, options?: ChangeOptions): Promise<T>;
  put<T>(path: string, body: unknown, options?: ChangeOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: ChangeOptions): Promise<T>;
  /** Resolves to undefined on 204. */
  delete<T = void>(path: string, options?: ChangeOptions): Promise<T>;
  /** A file (e.g. an attachment) with the same token and error handling. */
  download(path: string): Promise<Blob>;
  /**
   * Posts one file as multipart/form-data (`field`), reporting the bytes sent so far; aborting the signal
   * cancels it. The answer and errors are those of {@link post}.
   */
  upload<T>(path: string, file: File, options?: UploadOptions): Promise<T>;
}

export interface UploadOptions {
  field?: string;
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null;
}

function sanitizeFieldErrors(raw: unknown): ProblemFieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((e): e is { field: unknown; message: unknown } => typeof e === 'object' && e !== null)
    .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }))
    .filter((e) => e.message !== '');
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let problem: ProblemDetails = {};
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isProblem(parsed)) {
        problem = {
          type: typeof parsed.type === 'string' ? parsed.type : undefined,
          title: typeof parsed.title === 'string' ? parsed.title : undefined,
          status: typeof parsed.status === 'number' ? parsed.status : undefined,
          detail: typeof parsed.detail === 'string' ? parsed.detail : undefined,
          instance: typeof parsed.instance === 'string' ? parsed.instance : undefined,
          errors: sanitizeFieldErrors((parsed as { errors?: unknown }).errors),
        };
      }
    } catch {
      // not JSON: keep the generic message below
    }
  }
  if (!problem.title && response.statusText) problem.title = response.statusText;
  return new ApiError(response.status, problem, parseRetryAfter(response.headers?.get('Retry-After')));
}

const JSON_TYPES = 'application/json, application/problem+json';

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function createApiClient({ getToken, fetchFn, baseUrl = '', createXhr }: ApiClientOptions): ApiClient {
  const doFetch: typeof fetch = fetchFn ?? ((input, init) => fetch(input, init));
  const newXhr = createXhr ?? (() => new XMLHttpRequest());

  /** Sends a request with the bearer token; a non-2xx answer becomes an {@link ApiError}. */
  async function send(
    method: string,
    path: string,
    body?: unknown,
    accept = JSON_TYPES,
    options: ChangeOptions = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept };
    const token = await getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
    if (options.idempotencyKey !== undefined) headers['Idempotency-Key'] = options.idempotencyKey;

    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new NetworkError(cause);
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  async function request<T>(method: string, path: string, body?: unknown, options?: ChangeOptions): Promise<T> {
    return readJson<T>(await send(method, path, body, JSON_TYPES, options));
  }

  return {
    get<T>(path: string, query?: QueryParams) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query ?? {})) {
        for (const one of Array.isArray(value) ? value : [value]) {
          if (one !== null && one !== undefined && one !== '') params.append(key, String(one));
        }
      }
      const qs = params.toString();
      return request<T>('GET', qs ? `${path}?${qs}` : path);
    },
    post<T>(path: string, body?: unknown, options?: ChangeOptions) {
      return request<T>('POST', path, body, options);
    },
    put<T>(path: string, body: unknown, options?: ChangeOptions) {
      return request<T>('PUT', path, body, options);
    },
    patch<T>(path: string, body: unknown, options?: ChangeOptions) {
      return request<T>('PATCH', path, body, options);
    },
    delete<T = void>(path: string, options?: ChangeOptions) {
      return request<T>('DELETE', path, undefined, options);
    },
    async download(path: string) {
      return (await send('GET', path, undefined, '*/*')).blob();
    },
    async upload<T>(path: string, file: File, { field = 'file', onProgress, signal }: UploadOptions = {}) {
      const token = await getToken();
      const form = new FormData();
      form.append(field, file, file.name);
      const response = await new Promise<Response>((resolve, reject) => {
        const xhr = newXhr();
        xhr.open('POST', `${baseUrl}${path}`);
        xhr.setRequestHeader('Accept', JSON_TYPES);
        if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
        xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
        xhr.onload = () =>
          // the same reading of the answer as fetch's, problem+json included
          resolve(
            new Response(xhr.status === 204 ? null : xhr.responseText, {
              status: xhr.status,
              statusText: xhr.statusText,
              headers: { 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' },
            }),
          );
        xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
        xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
        signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        xhr.send(form);
      });
      if (!response.ok) throw await toApiError(response);
      return readJson<T>(response);
    },
  };
}
