// Files and clipboard in the browser: saving text as a download, reading chosen or dropped files,
// copying text. Nothing here talks to a server.

/** Saves text as a file through a temporary object URL. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads files as UTF-8 text, skipping any larger than `maxBytes` (reported by name and size). */
export async function readTextFiles(
  files: Iterable<File>,
  maxBytes = 1_000_000,
): Promise<{ name: string; size: number; text?: string }[]> {
  return Promise.all(
    [...files].map(async (f) => {
      const meta = { name: f.name, size: f.size };
      if (f.size > maxBytes) return meta;
      try {
        return { ...meta, text: await f.text() };
      } catch {
        // An unreadable file (removed, no permission) is reported like an oversize one.
        return meta;
      }
    }),
  );
}

/** Copies text; false when the browser refuses (the caller then selects the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
