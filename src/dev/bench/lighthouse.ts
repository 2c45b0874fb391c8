// Lighthouse (mobile: its default phone, simulated slow 4G and 4× CPU) on the built game and teacher
// pages, run on Debian's Chromium as the issue asks; returns the four category scores as a table.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../browser/chromium';

export const LIGHTHOUSE_TARGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageScores {
  page: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits under 0.9 in the categories below target, to show what holds a score back. */
  holding: string[];
}

async function scorePage(port: number, url: string, page: string): Promise<PageScores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const s = lhr.categories[c]?.score;
      return [c, s == null ? null : Math.round(s * 100)];
    }),
  ) as PageScores['scores'];
  const holding = CATEGORIES.filter((c) => (scores[c] ?? 0) < LIGHTHOUSE_TARGET).flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0)
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && a.score != null && a.score < 0.9)
      .map((a) => `${c}: ${a?.id}${a?.displayValue ? ` (${a.displayValue})` : ''}`),
  );
  return { page, scores, holding };
}

/** Scores each page in one Chromium (Lighthouse drives it over its debugging port). */
export async function lighthouseScores(pages: { page: string; url: string }[]): Promise<PageScores[]> {
  const { executablePath, args } = await findChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless', ...args],
  });
  try {
    const out: PageScores[] = [];
    for (const p of pages) out.push(await scorePage(chrome.port, p.url, p.page));
    return out;
  } finally {
    chrome.kill();
  }
}

/** A Markdown table: each page's four scores with the target beside each. */
export function formatLighthouse(results: PageScores[]): string {
  const cell = (s: number | null) =>
    s == null ? 'n/a' : `${s} ${s >= LIGHTHOUSE_TARGET ? '✓' : '✗'} (≥ ${LIGHTHOUSE_TARGET})`;
  const rows = results.map((r) => `| ${r.page} | ${CATEGORIES.map((c) => cell(r.scores[c])).join(' | ')} |`);
  const held = results.flatMap((r) => r.holding.map((h) => `- ${r.page} ${h}`));
  return [
    `| page | ${CATEGORIES.join(' | ')} |`,
    `| --- |${CATEGORIES.map(() => ' --- |').join('')}`,
    ...rows,
    ...(held.length ? ['', 'holding scores below target:', ...held] : []),
  ].join('\n');
}
