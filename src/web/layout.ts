/** The page frame shared by the public form and the staff pages: readable on a phone, no script needed. */
import { type Html, html, trusted } from './html.js';

export interface PageOptions {
  readonly title: string;
  readonly caName: string;
  /** The signed-in staff member, for the navigation; null on public pages. */
  readonly user?: { readonly email: string; readonly role: string } | null;
  /** CSRF token for the sign-out form in the navigation. */
  readonly csrfToken?: string;
}

const STYLE = trusted(`
:root { color-scheme: light dark; --ok: #1a7f37; --soon: #9a6700; --over: #cf222e; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; }
main { overflow-wrap: break-word; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; border-bottom: 1px solid #8884; padding: .5rem 0; }
header nav { display: flex; flex-wrap: wrap; gap: 1rem; margin-left: auto; align-items: center; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input, select, textarea, button { font: inherit; max-width: 100%; }
input[type=text], input[type=email], input[type=password], textarea, select { width: 100%; padding: .4rem; }
textarea { min-height: 8rem; }
button { margin-top: 1rem; padding: .5rem 1rem; cursor: pointer; }
form:not(.inline) > button { display: block; }
.hint { color: #666; font-size: .9rem; font-weight: normal; }
.field .hint, .field .error, input[type=file] { display: block; }
.field .error, input[type=file] { margin-top: .25rem; }
.error { color: var(--over); font-weight: 600; }
.errors { border: 2px solid var(--over); padding: .5rem 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #8884; vertical-align: top; }
td code { overflow-wrap: anywhere; }
.state-ok { color: var(--ok); } .state-due_soon { color: var(--soon); } .state-overdue { color: var(--over); font-weight: 700; }
.state-met { color: var(--ok); } .state-met_late { color: var(--over); }
pre { white-space: pre-wrap; word-break: break-word; }
.inline { display: inline; } .inline button { margin-top: 0; }
@media (max-width: 40rem) {
  table, tbody, tr { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  tr { border-bottom: 1px solid #8884; padding: .4rem 0; }
  td { border: 0; padding: .15rem 0 .15rem 7.5rem; display: flow-root; }
  td::before { content: attr(data-label); float: left; width: 7rem; margin-left: -7.5rem; font-weight: 600; }
}
`);

export function page(options: PageOptions, body: Html): Html {
  const { user } = options;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${options.caName}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header>
          <strong>${options.caName}</strong>
          ${
            user
              ? html`<nav aria-label="Staff">
                  <a href="/board">Board</a>
                  <a href="/bugs">Bugs</a>
                  <a href="/cases">Cases</a>
                  <a href="/incidents">Incidents</a>
                  <a href="/drafts">Drafts</a>
                  ${user.role === 'admin' ? html`<a href="/admin">Admin</a>` : ''}
                  <span>${user.email}</span>
                  <form class="inline" method="post" action="/logout">
                    <input type="hidden" name="_csrf" value="${options.csrfToken ?? ''}" /><button
                      type="submit"
                    >
                      Sign out
                    </button>
                  </form>
                </nav>`
              : html`<nav aria-label="Public"><a href="/">Report a certificate problem</a></nav>`
          }
        </header>
        <main>
          <h1>${options.title}</h1>
          ${body}
        </main>
      </body>
    </html>`;
}
