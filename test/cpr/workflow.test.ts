import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  addNote,
  approveReport,
  assignOwners,
  closeCase,
  decideRevocation,
  draftReport,
  editReport,
  preliminaryReport,
  recordRevocationPublished,
  sendReport,
  setSubscriberContact,
  setTriage,
} from '../../src/cpr/workflow.js';
import type { User } from '../../src/store/schema.js';
import { clocksOf } from '../../src/web/caseClocks.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import { DIALECTS } from '../support/stores.js';
import {
  approvedReport,
  as,
  deliverAll,
  type Desk,
  DRAFT,
  fillIn,
  insertCase,
  openDesk,
  T0,
  value,
} from '../web/desk.js';

const HOUR = 3_600_000;

for (const dialect of DIALECTS)
  describe(`case workflow (${dialect})`, () => {
    let desk: Desk;
    let staff: User;
    let reviewer: User;
    let admin: User;
    let sink: SmtpSink;
    before(async () => {
      desk = await openDesk({}, dialect);
      staff = await desk.user('staff');
      reviewer = await desk.user('reviewer');
      admin = await desk.user('admin');
      sink = await startSmtpSink();
    });
    after(async () => {
      await desk.close();
      await sink.close();
    });

    it('drafts the preliminary report from the template with the case number and certificates', async () => {
      const c = await insertCase(desk.store);
      await desk.store.db
        .insertInto('case_certificates')
        .values({
          case_id: c.id,
          kind: 'pem',
          value: 'ab'.repeat(32),
          source: 'body',
          sha256: 'ab'.repeat(32),
          der: null,
          subject: 'CN=shop.example',
          issuer: 'CN=Issuing CA',
          serial: '1234',
          not_before: null,
          not_after: null,
          lint_results: '{}',
          lint_errors: 0,
          added_at: T0,
        })
        .execute();
      value(
        await decideRevocation(
          desk.store.db,
          c.id,
          { reason: 3, subordinateCa: false },
          as(staff, T0 + HOUR),
        ),
      );
      value(await draftReport(desk.store.db, c.id, DRAFT, as(staff, T0 + HOUR)));
      const report = await preliminaryReport(desk.store.db, c.id);
      assert.ok(report);
      assert.match(report.subject, new RegExp(`\\[CPR-${String(c.id).padStart(6, '0')}\\]`));
      assert.match(report.body, /CN=shop\.example/);
      assert.match(report.body, /reason 3 of BR 4\.9\.1\.1 \(Key compromise\)/);
      assert.match(report.body, /keyCompromise/);
      // Reason 3 revokes within 24 h of receipt.
      assert.match(report.body, /no later than 2026-11-24 09:00 UTC/);
      assert.equal(report.author_id, staff.id);
      const second = await draftReport(desk.store.db, c.id, DRAFT, as(staff, T0 + HOUR));
      assert.equal(second.ok, false);
    });

    it('lets no one approve a report they wrote, and no staff member approve at all', async () => {
      const c = await insertCase(desk.store);
      value(await draftReport(desk.store.db, c.id, DRAFT, as(reviewer, T0)));
      const version = await fillIn(desk.store, c.id, as(reviewer, T0 + 1000));
      const own = await approveReport(desk.store.db, c.id, version, as(reviewer, T0 + 2000));
      assert.deepEqual(own.ok ? null : own.problem, 'forbidden');
      const junior = await approveReport(desk.store.db, c.id, version, as(staff, T0 + 2000));
      assert.deepEqual(junior.ok ? null : junior.problem, 'forbidden');
      value(await approveReport(desk.store.db, c.id, version, as(admin, T0 + 3000)));
      const report = await preliminaryReport(desk.store.db, c.id);
      assert.equal(report?.approved_by, admin.id);
    });

    it('refuses approval of a text with placeholders, or of a version the reviewer did not read', async () => {
      const c = await insertCase(desk.store);
      value(await draftReport(desk.store.db, c.id, DRAFT, as(staff, T0)));
      const drafted = await preliminaryReport(desk.store.db, c.id);
      const raw = await approveReport(desk.store.db, c.id, drafted?.updated_at ?? 0, as(reviewer, T0 + 1));
      assert.equal(raw.ok, false);
      assert.match(raw.ok ? '' : raw.error, /placeholder/);
      const version = await fillIn(desk.store, c.id, as(staff, T0 + 2));
      const stale = await approveReport(desk.store.db, c.id, version - 1, as(reviewer, T0 + 3));
      assert.deepEqual(stale.ok ? null : stale.problem, 'conflict');
      value(await approveReport(desk.store.db, c.id, version, as(reviewer, T0 + 4)));
    });

    it('withdraws the approval when the report is edited, and makes the editor its author', async () => {
      const c = await insertCase(desk.store);
      value(await draftReport(desk.store.db, c.id, DRAFT, as(staff, T0)));
      const version = await fillIn(desk.store, c.id, as(staff, T0));
      value(await approveReport(desk.store.db, c.id, version, as(reviewer, T0)));
      // The reviewer changes the approved text: now someone else must approve it.
      const edited = await fillIn(desk.store, c.id, as(reviewer, T0));
      assert.ok(edited > version, 'versions increase even within one millisecond');
      const report = await preliminaryReport(desk.store.db, c.id);
      assert.equal(report?.approved_at, null);
      assert.equal(report?.author_id, reviewer.id);
      const self = await approveReport(desk.store.db, c.id, edited, as(reviewer, T0));
      assert.equal(self.ok, false);
      value(await approveReport(desk.store.db, c.id, edited, as(admin, T0)));
    });

    it('sends the approved report once, one e-mail to the reporter and one to the subscriber', async () => {
      const c = await insertCase(desk.store, { reporter_email: 'Reporter@Example.org' });
      value(await draftReport(desk.store.db, c.id, DRAFT, as(staff, T0)));
      const version = await fillIn(desk.store, c.id, as(staff, T0));
      const unapproved = await sendReport(desk.store.db, c.id, as(staff, T0 + HOUR));
      assert.equal(unapproved.ok, false);
      value(await approveReport(desk.store.db, c.id, version, as(reviewer, T0 + HOUR)));
      const noContact = await sendReport(desk.store.db, c.id, as(staff, T0 + HOUR));
      assert.match(noContact.ok ? '' : noContact.error, /subscriber contact/);
      const injected = await setSubscriberContact(
        desk.store.db,
        c.id,
        'a@b.example\r\nBcc: x@evil.example',
        as(staff, T0),
      );
      assert.equal(injected.ok, false);
      value(await setSubscriberContact(desk.store.db, c.id, 'pki@subscriber.example', as(staff, T0 + HOUR)));

      const sentAt = T0 + 2 * HOUR;
      assert.deepEqual(value(await sendReport(desk.store.db, c.id, as(staff, sentAt))), [
        'reporter@example.org',
        'pki@subscriber.example',
      ]);
      const again = await sendReport(desk.store.db, c.id, as(staff, sentAt + 1));
      assert.equal(again.ok, false);

      const mail = await desk.store.db.selectFrom('outbox').selectAll().where('case_id', '=', c.id).execute();
      assert.deepEqual(mail.map((m) => m.recipients).sort(), [
        'pki@subscriber.example',
        'reporter@example.org',
      ]);
      const report = await preliminaryReport(desk.store.db, c.id);
      assert.ok(
        mail.every((m) => m.subject === report?.subject && m.body === report.body && m.kind === 'email'),
      );
      assert.equal(report?.sent_at, sentAt, 'the time the copies were queued');
      const clock = (await clocksOf(desk.store.db, c)).find((d) => d.key === 'cpr.preliminary-report');
      assert.equal(
        clock?.metAt,
        null,
        'queued is not sent: the BR 4.9.5 clock runs until the relay has them',
      );
      const edit = await editReport(desk.store.db, c.id, { subject: 'x', body: 'y' }, as(staff, sentAt + 2));
      assert.equal(edit.ok, false);
    });

    it('sends once when two people press send at the same moment', async () => {
      const c = await insertCase(desk.store, { subscriber_contact: 'pki@subscriber.example' });
      await approvedReport(desk.store, c.id, as(staff, T0), as(reviewer, T0));
      const both = await Promise.all([
        sendReport(desk.store.db, c.id, as(staff, T0 + HOUR)),
        sendReport(desk.store.db, c.id, as(reviewer, T0 + HOUR)),
      ]);
      assert.deepEqual(both.map((o) => o.ok).sort(), [false, true]);
      const mail = await desk.store.db
        .selectFrom('outbox')
        .select('recipients')
        .where('case_id', '=', c.id)
        .execute();
      assert.equal(mail.length, 2);
      const sends = await desk.store.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'report.send')
        .where('subject_id', '=', c.id)
        .execute();
      assert.equal(sends.length, 1);
    });

    it('sends one e-mail when the reporter is also the subscriber contact', async () => {
      const c = await insertCase(desk.store, { subscriber_contact: 'reporter@example.org' });
      await approvedReport(desk.store, c.id, as(staff, T0), as(reviewer, T0));
      value(await sendReport(desk.store.db, c.id, as(staff, T0)));
      const mail = await desk.store.db
        .selectFrom('outbox')
        .select('recipients')
        .where('case_id', '=', c.id)
        .execute();
      assert.deepEqual(mail, [{ recipients: 'reporter@example.org' }]);
    });

    it('records every action in the audit log with the actor and the request', async () => {
      const c = await insertCase(desk.store);
      value(
        await assignOwners(desk.store.db, c.id, { ownerId: staff.id, coOwnerId: reviewer.id }, as(admin, T0)),
      );
      value(await addNote(desk.store.db, c.id, 'Called the subscriber.', as(staff, T0 + 1)));
      value(
        await setTriage(
          desk.store.db,
          c.id,
          { triage: 'confirmed', reason: 'A real CPR.' },
          as(staff, T0 + 2),
        ),
      );
      const entries = await desk.store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('subject_type', '=', 'case')
        .where('subject_id', '=', c.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        entries.map((e) => [e.action, e.actor_label, e.ip]),
        [
          ['case.assign', admin.email, '192.0.2.1'],
          ['case.note', staff.email, '192.0.2.1'],
          ['case.confirm', staff.email, '192.0.2.1'],
        ],
      );
      const row = await desk.store.db
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.owner_id, staff.id);
      assert.equal(row.co_owner_id, reviewer.id);
      assert.equal(row.triage, 'confirmed');
    });

    it('validates owners, triage reasons and revocation reasons', async () => {
      const c = await insertCase(desk.store);
      const same = await assignOwners(
        desk.store.db,
        c.id,
        { ownerId: staff.id, coOwnerId: staff.id },
        as(staff, T0),
      );
      assert.equal(same.ok, false);
      const ghost = await assignOwners(
        desk.store.db,
        c.id,
        { ownerId: 9999, coOwnerId: null },
        as(staff, T0),
      );
      assert.equal(ghost.ok, false);
      const silent = await setTriage(
        desk.store.db,
        c.id,
        { triage: 'dismissed', reason: '  ' },
        as(staff, T0),
      );
      assert.equal(silent.ok, false);
      const unknown = await decideRevocation(
        desk.store.db,
        c.id,
        { reason: 17, subordinateCa: false },
        as(staff, T0),
      );
      assert.equal(unknown.ok, false);
      const missing = await addNote(desk.store.db, 424242, 'x', as(staff, T0));
      assert.deepEqual(missing.ok ? null : missing.problem, 'not_found');
    });

    it('closes a case only when its obligations are met', async () => {
      const c = await insertCase(desk.store, { subscriber_contact: 'pki@subscriber.example' });
      const early = await closeCase(desk.store.db, c.id, clocksOf, as(staff, T0));
      assert.match(early.ok ? '' : early.error, /preliminary report/);
      value(await decideRevocation(desk.store.db, c.id, { reason: 12, subordinateCa: false }, as(staff, T0)));
      await approvedReport(desk.store, c.id, as(staff, T0), as(reviewer, T0));
      value(await sendReport(desk.store.db, c.id, as(staff, T0 + HOUR)));
      const undelivered = await closeCase(desk.store.db, c.id, clocksOf, as(staff, T0 + HOUR));
      assert.match(undelivered.ok ? '' : undelivered.error, /not reached every recipient/);
      await deliverAll(desk.store, sink, T0 + HOUR);
      const unrevoked = await closeCase(desk.store.db, c.id, clocksOf, as(staff, T0 + HOUR));
      assert.match(unrevoked.ok ? '' : unrevoked.error, /revocation/);
      const future = await recordRevocationPublished(
        desk.store.db,
        c.id,
        T0 + 5 * HOUR,
        as(staff, T0 + HOUR),
      );
      assert.equal(future.ok, false);
      value(await recordRevocationPublished(desk.store.db, c.id, T0 + 3 * HOUR, as(staff, T0 + 4 * HOUR)));
      value(await closeCase(desk.store.db, c.id, clocksOf, as(staff, T0 + 4 * HOUR)));
      const closed = await desk.store.db
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.equal(closed.status, 'closed');
      assert.equal(closed.closed_at, T0 + 4 * HOUR);
      const afterwards = await setTriage(
        desk.store.db,
        c.id,
        { triage: 'dismissed', reason: 'x' },
        as(staff, T0),
      );
      assert.equal(afterwards.ok, false);
      // Notes may still be added to a closed case.
      value(await addNote(desk.store.db, c.id, 'Follow-up from the subscriber.', as(staff, T0 + 5 * HOUR)));
    });

    it('closes a dismissed case at once', async () => {
      const c = await insertCase(desk.store);
      value(
        await setTriage(
          desk.store.db,
          c.id,
          { triage: 'dismissed', reason: 'A renewal question.' },
          as(staff, T0),
        ),
      );
      value(await closeCase(desk.store.db, c.id, clocksOf, as(staff, T0)));
    });
  });
