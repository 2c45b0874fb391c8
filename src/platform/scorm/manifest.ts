// The SCORM 1.2 package description (imsmanifest.xml) and launch page for one scenario. Pure
// string building with XML escaping (browser-safe: the teacher page builds packages too).

import { type AssignmentMode, assignmentQuery } from '../assignment';

export interface PackageInfo {
  id: string;
  contentVersion: number;
  title: string;
  /** Percentage the LMS compares `cmi.core.score.raw` with (adlcp:masteryscore). */
  mastery: number;
  files: string[];
}

export const LAUNCH = 'launch.html';

export const xmlEscape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function manifest(p: PackageInfo): string {
  const title = xmlEscape(p.title);
  const files = [LAUNCH, ...p.files.filter((f) => f !== LAUNCH)].map(
    (f) => `      <file href="${xmlEscape(f)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="precedent-${xmlEscape(p.id)}-v${p.contentVersion}" version="${p.contentVersion}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="precedent">
    <organization identifier="precedent">
      <title>${title}</title>
      <item identifier="item-${xmlEscape(p.id)}" identifierref="sco-${xmlEscape(p.id)}" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(p.mastery)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xmlEscape(p.id)}" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH}">
${files.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export interface LaunchSettings {
  mode: AssignmentMode;
  /** A language code, or `choice` (the student picks). */
  lng: string;
}

/** The launch page: a plain redirect (no script, so the game's CSP needs no exception). */
export function launchPage(id: string, title: string, s: LaunchSettings): string {
  const query = assignmentQuery({ scenario: id, lng: s.lng, mode: s.mode, classLabel: '', scorm: true });
  const target = xmlEscape(`index.html${query}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="refresh" content="0; url=${target}" />
    <title>${xmlEscape(title)}</title>
  </head>
  <body>
    <p><a href="${target}">${xmlEscape(title)}</a></p>
  </body>
</html>
`;
}
