// The SCORM 1.2 manifest and launch page: schema references, mastery score, escaped titles,
// every file listed, launch into the game with the scenario preselected.
import { describe, expect, it } from 'vitest';
import { LAUNCH, launchPage, manifest } from '../../src/cli/scormManifest';
import { parseAssignment } from '../../src/platform/assignment';

const xml = manifest({
  id: 'appeal',
  contentVersion: 3,
  title: 'Precedent: "Appeal" & <co>',
  mastery: 60,
  files: ['index.html', 'assets/a b.js'],
});

describe('SCORM 1.2 manifest', () => {
  it('declares SCORM 1.2 with the standard schema references', () => {
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco"');
    expect(xml).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
  });

  it('escapes the title and lists every file once, launch page first', () => {
    expect(xml).toContain('<title>Precedent: &quot;Appeal&quot; &amp; &lt;co&gt;</title>');
    const files = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(files).toEqual([LAUNCH, 'index.html', 'assets/a b.js']);
    expect(xml).toContain(`href="${LAUNCH}"`);
  });

  it('launches the game on an assessment of the scenario, reporting to the LMS', () => {
    const page = launchPage('appeal', 'The <Appeal>');
    const url = /url=([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(url.startsWith('index.html?')).toBe(true);
    const parsed = parseAssignment(url.slice(url.indexOf('?')), { scenarios: ['appeal'], languages: ['en'] });
    expect(parsed).toEqual({
      ok: true,
      value: { scenario: 'appeal', lng: 'choice', mode: 'assessment', classLabel: '', scorm: true },
    });
    expect(page).toContain('The &lt;Appeal&gt;');
    expect(page).not.toContain('<script');
  });
});
