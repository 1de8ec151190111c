import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeChange, fieldLabel, unsentItems } from './unsentContent';

function pair(setup: (doc: Y.Doc) => void): { server: Y.Doc; local: Y.Doc } {
  const server = new Y.Doc();
  setup(server);
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(server));
  return { server, local };
}

describe('what this device holds that the server does not', () => {
  it('names a risk field and gives only the words added', () => {
    const { server, local } = pair((doc) => {
      const text = new Y.Text();
      doc.getMap('risk').set('whoAtRisk', text);
      text.insert(0, 'Ex-partner.');
    });
    (local.getMap('risk').get('whoAtRisk') as Y.Text).insert(11, ' 3 previous DV convictions');
    expect(unsentItems(local, server)).toEqual([{ label: 'Who is at risk', text: '3 previous DV convictions' }]);
  });

  it('describes a new action with its fields, and notes as plain text', () => {
    const { server, local } = pair((doc) => doc.getMap('actions'));
    const action = new Y.Map<unknown>();
    local.getMap('actions').set('a1', action);
    const text = new Y.Text();
    action.set('text', text);
    text.insert(0, 'Book a bed');
    action.set('owner', 'Helen');
    const notes = local.getXmlFragment('notes.i2');
    const paragraph = new Y.XmlElement('paragraph');
    notes.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('Seen on Monday')]);
    const items = unsentItems(local, server);
    expect(items).toContainEqual({ label: 'New action', text: 'Action: Book a bed\nOwner: Helen' });
    expect(items).toContainEqual({ label: 'Notes', text: 'Seen on Monday' });
  });

  it('finds nothing when the copies agree', () => {
    const { server, local } = pair((doc) => doc.getMap('risk').set('imminence', new Y.Text('Low')));
    expect(unsentItems(local, server)).toEqual([]);
  });

  it('words paths and rewrites', () => {
    expect(fieldLabel('pathways.accommodation.plan')).toBe('Accommodation: plan');
    expect(fieldLabel('sections.victimSafety')).toBe('Victim safety planning');
    expect(describeChange('abc', 'abXc')).toBe('X');
    expect(describeChange('abc', 'aXc')).toBe('Now reads: aXc');
  });
});
