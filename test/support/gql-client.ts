export interface GqlError {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
}

/** A plain GraphQL-over-HTTP client: what an integration would send. */
export class GqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  withToken(token: string): GqlClient {
    return new GqlClient(this.url, token);
  }

  async raw<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  /** Runs an operation that must succeed. */
  async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.raw<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** Runs an operation that must fail; returns the first error's code. */
  async code(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const r = await this.raw(query, variables);
    if (!r.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(r.data)}`);
    return r.errors[0]?.extensions?.code;
  }
}
