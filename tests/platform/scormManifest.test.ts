// The SCORM 1.2 manifest and launch page: schema references, mastery score, escaped titles,
// every file listed, launch into the game with the scenario preselected, and the manifest valid
// against the vendored SCORM 1.2 XSDs (xmllint-wasm, libxml2's validator).
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readSchemas } from '../../src/dev/scormPackage';
import { parseAssignment } from '../../src/platform/assignment';
import { LAUNCH, launchPage, manifest } from '../../src/platform/scorm/manifest';
import { XSD_FILES } from '../../src/platform/scorm/package';

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
    const page = launchPage('appeal', 'The <Appeal>', { mode: 'assessment', lng: 'choice' });
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

  it("launches with the teacher's mode and language", () => {
    const page = launchPage('appeal', 'A', { mode: 'practice', lng: 'hy' });
    const url = (/url=([^"]+)"/.exec(page)?.[1] ?? '').replace(/&amp;/g, '&');
    const parsed = parseAssignment(url.slice(url.indexOf('?')), { scenarios: ['appeal'], languages: ['hy'] });
    expect(parsed.ok && parsed.value).toMatchObject({ mode: 'practice', lng: 'hy', scorm: true });
  });
});

/**
 * One schema importing the namespaces the manifest uses (content packaging and adlcp). The
 * meta-data schema (imsmd) is shipped but not imported here: the manifest has no imsmd element,
 * and libxml2 rejects that 2001 schema's `annotationType` as a non-deterministic content model.
 */
const WRAPPER = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:precedent:scorm12-wrapper">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

/**
 * The XSDs as shipped, except one thing in ims_xml.xsd: it binds the default namespace to the
 * reserved `xml` namespace, which Namespaces in XML 1.0 forbids and libxml2 refuses to parse. No
 * name in that file is unprefixed, so dropping the binding changes nothing it declares.
 */
function schemasForLibxml2() {
  const schemas = readSchemas();
  const xmlNs = schemas['ims_xml.xsd'].replace('xmlns="http://www.w3.org/XML/1998/namespace"', '');
  expect(xmlNs).not.toBe(schemas['ims_xml.xsd']);
  return { ...schemas, 'ims_xml.xsd': xmlNs };
}

async function validate(manifestXml: string) {
  const schemas = schemasForLibxml2();
  return validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: manifestXml },
    schema: { fileName: 'wrapper.xsd', contents: WRAPPER },
    preload: XSD_FILES.map((f) => ({ fileName: f, contents: schemas[f] })),
  });
}

describe('SCORM 1.2 manifest against the XSDs', () => {
  it('is valid', async () => {
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a manifest that breaks the schema (the validator is really checking)', async () => {
    const broken = xml
      .replace('<organizations default="precedent">', '<organisations default="precedent">')
      .replace('</organizations>', '</organisations>');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join(' ')).toMatch(/organisations/);
    const badType = await validate(xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'));
    expect(badType.valid).toBe(false);
    expect(badType.errors.map((e) => e.message).join(' ')).toMatch(/scormtype/);
  });
});
