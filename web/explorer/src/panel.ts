// A panel: a titled box whose content comes from one named operation, with a "query" toggle
// that shows that operation and its variables exactly as sent, a link that opens them in
// GraphiQL ready to run, and the API's errors shown in place of the content.
import { execute, type TypedDocumentString } from './api';
import { t } from './i18n';
import { el } from './dom';

export class Panel {
  readonly element: HTMLElement;
  readonly body: HTMLElement;
  private readonly query: HTMLElement;

  constructor(parent: HTMLElement, title: string, name: string) {
    this.body = el('div', { class: 'panel-body' });
    this.query = el('div', { class: 'query-slot' });
    this.element = el('section', { class: 'panel', 'data-panel': name }, [
      el('header', {}, [el('h2', {}, [title]), this.query]),
      this.body,
    ]);
    parent.append(this.element);
  }

  /**
   * Runs the operation and shows it under "query"; the data, or undefined once the error is
   * shown in the panel.
   */
  async load<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    note?: string,
  ): Promise<TResult | undefined> {
    this.showQuery(document, variables, note);
    this.body.replaceChildren(el('p', { class: 'loading' }, [t('loading')]));
    try {
      const data = await execute(document, variables);
      this.body.replaceChildren();
      return data;
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  /** Shows what went wrong, with the API's error codes, instead of the content. */
  fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.body.replaceChildren(el('p', { class: 'error', role: 'alert' }, [message]));
  }

  showQuery<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    note?: string,
  ): void {
    const operation = document.toString().trim();
    const json = JSON.stringify(variables, null, 2);
    const graphiql = `/?${new URLSearchParams({ query: operation, variables: json })}`;
    this.query.replaceChildren(
      el('details', { class: 'query' }, [
        el('summary', {}, [t('query')]),
        el('pre', { class: 'operation' }, [operation]),
        el('pre', { class: 'variables' }, [json]),
        ...(note ? [el('p', { class: 'note' }, [note])] : []),
        el('a', { class: 'open-graphiql', href: graphiql, target: '_blank' }, [t('openGraphiql')]),
      ]),
    );
  }
}
