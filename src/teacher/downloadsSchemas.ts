// The vendored SCORM 1.2 schema files as text, bundled into the teacher page (Vite `?raw`), so the
// browser-built package carries exactly the bytes the CLI reads from disk.

import type { Schemas } from '../platform/scorm/package';
import adlcp from '../platform/scorm/xsd/adlcp_rootv1p2.xsd?raw';
import imsXml from '../platform/scorm/xsd/ims_xml.xsd?raw';
import imscp from '../platform/scorm/xsd/imscp_rootv1p1p2.xsd?raw';
import imsmd from '../platform/scorm/xsd/imsmd_rootv1p2p1.xsd?raw';

export const SCHEMAS: Schemas = {
  'adlcp_rootv1p2.xsd': adlcp,
  'ims_xml.xsd': imsXml,
  'imscp_rootv1p1p2.xsd': imscp,
  'imsmd_rootv1p2p1.xsd': imsmd,
};
