// Minutes rendered from the frozen record: attendance per item, decisions with rationale, notes,
// and actions grouped by agency. HTML (printable page) and PDF share one outline.
import { heldOn, pathwayLabel } from '../../shared/logic/agencyList.js';
import { ukDate, ukDateTime } from '../../shared/format.js';
import { actionStatusLabel } from '../../shared/domain/actionStatus.js';
import { heading, paragraph, PROTECTIVE_MARKING, renderPdf, table } from './pdf.js';
import type { ClosedRecord } from '../../shared/domain/closedRecord.js';
import type { TrackedActionAtClose } from '../../shared/domain/actions.js';

interface MinutesOutline {
  title: string;
  subtitle: string;
  present: string[];
  absent: string[];
  items: { title: string; case: string | null; present: string[]; notes: string; decisions: { text: string; rationale: string; agencies: string[] }[] }[];
  actionsByAgency: { agency: string; actions: { text: string; owner: string; due: string; status: string; case: string; pathway: string }[] }[];
  /** Late additions the chair accepted after the close. */
  amendments: { heading: string; case: string; items: { label: string; text: string }[] }[];
  /** Earlier actions this meeting reviewed, and what it changed. */
  reviewed: { text: string; case: string; agency: string; owner: string; due: string; from: string; status: string; changes: string[] }[];
}

export function minutesOutline(record: ClosedRecord): MinutesOutline {
  const agencyName = new Map(record.agencies.map((a) => [a.id, a.name]));
  const person = new Map(record.people.map((p) => [p.personId, p]));
  const label = (a: { displayName: string; agencyId: string }) => `${a.displayName} (${agencyName.get(a.agencyId) ?? 'unknown agency'})`;
  const caseLabel = (personId?: string) => {
    const p = personId ? person.get(personId) : undefined;
    return p ? `${p.name} (${p.caseReference})` : '';
  };
  const byAgency = new Map<string, TrackedActionAtClose[]>();
  for (const action of record.actions) byAgency.set(action.agencyId, [...(byAgency.get(action.agencyId) ?? []), action]);
  return {
    title: `Minutes: ${record.meeting.title}`,
    subtitle: `${record.meeting.type} meeting, held ${ukDateTime(heldOn(record))}. Chair: ${record.meeting.chairName}. Closed ${ukDateTime(record.closedAt)}.`,
    present: record.attendance.filter((a) => a.present).map(label),
    absent: record.attendance.filter((a) => !a.present).map(label),
    items: record.agenda.map((item) => ({
      title: item.title,
      case: item.personId ? caseLabel(item.personId) : null,
      present: record.attendance.filter((a) => a.itemIds.includes(item.id)).map(label),
      notes: item.notes,
      decisions: record.decisions
        .filter((d) => d.itemId === item.id)
        .map((d) => ({ text: d.text, rationale: d.rationale, agencies: d.agencyIds.map((id) => agencyName.get(id) ?? id) })),
    })),
    actionsByAgency: [...byAgency.entries()]
      .map(([agencyId, actions]) => ({
        agency: agencyName.get(agencyId) ?? agencyId,
        actions: actions.map((a) => ({
          text: a.text,
          owner: a.owner ?? 'Not named',
          due: a.dueDate ? ukDate(a.dueDate) : 'No date',
          status: actionStatusLabel(a.status),
          case: caseLabel(a.personId),
          pathway: a.pathway ? pathwayLabel(a.pathway) : '',
        })),
      }))
      .sort((a, b) => a.agency.localeCompare(b.agency)),
    reviewed: (record.reviewedActions ?? []).map((a) => ({
      text: a.text,
      case: caseLabel(a.personId),
      agency: agencyName.get(a.agencyId) ?? a.agencyId,
      owner: a.owner ?? 'Not named',
      due: a.dueDate ? ukDate(a.dueDate) : 'No date',
      from: a.fromMeetingTitle,
      status: actionStatusLabel(a.status),
      changes: [
        ...a.changes.map((c) => `${ukDateTime(c.at)}, ${c.byName}: ${[c.to ? `${actionStatusLabel(c.from ?? c.to)} to ${actionStatusLabel(c.to)}` : '', c.note ?? ''].filter(Boolean).join('. ')}`),
        ...(a.panelDecision ? [`Panel decision (${a.panelDecision.byName}): ${a.panelDecision.outcome === 'close' ? 'closed' : 're-opened'}. ${a.panelDecision.reason}`] : []),
      ],
    })),
    amendments: (record.amendments ?? []).map((a) => ({
      heading: `Late amendment, accepted by ${a.acceptedByName} on ${ukDateTime(a.acceptedAt)}. Sent by ${a.submittedByName} on ${ukDateTime(a.submittedAt)}.`,
      case: caseLabel(a.personId),
      items: a.items,
    })),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

export function minutesHtml(record: ClosedRecord): string {
  const m = minutesOutline(record);
  const list = (names: string[]) => (names.length ? escapeHtml(names.join(', ')) : '<em>Not recorded</em>');
  const items = m.items
    .map(
      (item, i) => `<section class="item">
  <h2>${i + 1}. ${escapeHtml(item.title)}</h2>
  ${item.case ? `<p><strong>Case:</strong> ${escapeHtml(item.case)}</p>` : ''}
  <p><strong>Present for this item:</strong> ${list(item.present)}</p>
  ${item.notes ? `<h3>Notes</h3><p>${multiline(item.notes)}</p>` : ''}
  ${item.decisions.length ? `<h3>Decisions</h3><ol>${item.decisions.map((d) => `<li><strong>${escapeHtml(d.text)}</strong>${d.rationale ? `<br>Rationale: ${multiline(d.rationale)}` : ''}${d.agencies.length ? `<br>Binds: ${escapeHtml(d.agencies.join(', '))}` : ''}</li>`).join('')}</ol>` : ''}
</section>`,
    )
    .join('\n');
  const actions = m.actionsByAgency
    .map(
      (group) => `<h3>${escapeHtml(group.agency)}</h3>
<table><thead><tr><th>Action</th><th>Case</th><th>Owner</th><th>Due</th><th>Status</th><th>Pathway</th></tr></thead><tbody>
${group.actions.map((a) => `<tr><td>${escapeHtml(a.text)}</td><td>${escapeHtml(a.case)}</td><td>${escapeHtml(a.owner)}</td><td>${escapeHtml(a.due)}</td><td>${escapeHtml(a.status)}</td><td>${escapeHtml(a.pathway)}</td></tr>`).join('\n')}
</tbody></table>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(m.title)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:960px;margin:0 auto;padding:1rem 2rem;line-height:1.4}
.marking{text-align:center;font-weight:bold;letter-spacing:.05em;margin:.5rem 0}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border-bottom:1px solid #b1b4b6;text-align:left;padding:.3rem;vertical-align:top}
h2{border-top:2px solid #0b0c0c;padding-top:.5rem}
@media print{body{padding:0}section{break-inside:avoid-page}}
</style></head><body>
<p class="marking">${PROTECTIVE_MARKING}</p>
<h1>${escapeHtml(m.title)}</h1>
<p>${escapeHtml(m.subtitle)}</p>
<p><strong>Present:</strong> ${list(m.present)}</p>
${m.absent.length ? `<p><strong>Invited, not present:</strong> ${list(m.absent)}</p>` : ''}
${items}
<h2>Actions by agency</h2>
${actions || '<p>No actions were agreed.</p>'}
${m.reviewed.length ? `<h2>Earlier actions reviewed</h2>
<table><thead><tr><th>Action</th><th>Case</th><th>Agency and owner</th><th>Due</th><th>Agreed at</th><th>Status at close</th><th>Changed in this meeting</th></tr></thead><tbody>
${m.reviewed.map((a) => `<tr><td>${escapeHtml(a.text)}</td><td>${escapeHtml(a.case)}</td><td>${escapeHtml(`${a.agency}: ${a.owner}`)}</td><td>${escapeHtml(a.due)}</td><td>${escapeHtml(a.from)}</td><td>${escapeHtml(a.status)}</td><td>${a.changes.length ? a.changes.map(escapeHtml).join('<br>') : 'No change'}</td></tr>`).join('\n')}
</tbody></table>` : ''}
${m.amendments.length ? `<h2>Late amendments</h2>\n${m.amendments.map((a) => `<section class="amendment"><p><strong>${escapeHtml(a.heading)}</strong></p>${a.case ? `<p><strong>Case:</strong> ${escapeHtml(a.case)}</p>` : ''}<dl>${a.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${multiline(i.text)}</dd>`).join('')}</dl></section>`).join('\n')}` : ''}
<p class="marking">${PROTECTIVE_MARKING}</p>
</body></html>`;
}

export function minutesPdf(record: ClosedRecord): Promise<Buffer> {
  const m = minutesOutline(record);
  return renderPdf(m.title, (doc) => {
    paragraph(doc, m.title, { bold: true, size: 16 });
    paragraph(doc, m.subtitle);
    doc.moveDown(0.3);
    paragraph(doc, `Present: ${m.present.join(', ') || 'not recorded'}.`);
    if (m.absent.length) paragraph(doc, `Invited, not present: ${m.absent.join(', ')}.`);
    m.items.forEach((item, i) => {
      heading(doc, `${i + 1}. ${item.title}`, 12);
      if (item.case) paragraph(doc, `Case: ${item.case}`);
      paragraph(doc, `Present for this item: ${item.present.join(', ') || 'not recorded'}`);
      if (item.notes) {
        paragraph(doc, 'Notes', { bold: true });
        paragraph(doc, item.notes);
      }
      for (const d of item.decisions) {
        paragraph(doc, `Decision: ${d.text}`, { bold: true });
        if (d.rationale) paragraph(doc, `Rationale: ${d.rationale}`);
        if (d.agencies.length) paragraph(doc, `Binds: ${d.agencies.join(', ')}`);
      }
    });
    heading(doc, 'Actions by agency');
    if (!m.actionsByAgency.length) paragraph(doc, 'No actions were agreed.');
    for (const group of m.actionsByAgency) {
      heading(doc, group.agency, 11);
      table(
        doc,
        [
          { header: 'Action', width: 150, cell: (a) => a.text },
          { header: 'Case', width: 90, cell: (a) => a.case },
          { header: 'Owner', width: 65, cell: (a) => a.owner },
          { header: 'Due', width: 55, cell: (a) => a.due },
          { header: 'Status', width: 55, cell: (a) => a.status },
          { header: 'Pathway', width: 80, cell: (a) => a.pathway },
        ],
        group.actions,
      );
    }
    if (m.reviewed.length) {
      heading(doc, 'Earlier actions reviewed');
      table(
        doc,
        [
          { header: 'Action', width: 140, cell: (a) => a.text },
          { header: 'Case', width: 80, cell: (a) => a.case },
          { header: 'Owner', width: 70, cell: (a) => `${a.agency}: ${a.owner}` },
          { header: 'Due', width: 55, cell: (a) => a.due },
          { header: 'Status', width: 55, cell: (a) => a.status },
          { header: 'Changed here', width: 95, cell: (a) => a.changes.join('; ') || 'No change' },
        ],
        m.reviewed,
      );
    }
    if (m.amendments.length) heading(doc, 'Late amendments');
    for (const a of m.amendments) {
      paragraph(doc, a.heading, { bold: true });
      if (a.case) paragraph(doc, `Case: ${a.case}`);
      for (const item of a.items) paragraph(doc, `${item.label}: ${item.text}`);
    }
  });
}
