/**
 * The report in every format, from an event in the seed report's shape, through the HTTP API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import {
  createSeedFixture,
  SEED_FACTORS,
  SEED_MUNICIPALITIES,
  SEED_REFLECTIONS,
  type SeedFixture,
} from '../helpers/seed-fixture.js';
import type { CreateEventResponse } from '../../shared/api.js';

const EVIL = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '**#',
  '=HYPERLINK("http://evil","klick")',
];

describe('report exports', () => {
  let server: TestServer;
  let fx: SeedFixture;

  const exportAs = async (format: string, token = fx.event.facilitatorToken, eventId = fx.event.eventId) => {
    const res = await fetch(`${server.url}/api/events/${eventId}/export/${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createSeedFixture(server.url, server.wsUrl, EVIL);
  });
  afterAll(async () => {
    fx?.clients.forEach((c) => c.destroy());
    await server?.close();
  });

  it('Markdown has the seed shape: summary list, one section per factor with its quotes, organisations, reflections', async () => {
    const { res, bytes } = await exportAs('md');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.md');
    const md = bytes.toString('utf8');
    const summary = md.slice(md.indexOf('## Sammanfattning'), md.indexOf('## Framgångsfaktorer'));
    const listed = summary
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    expect(listed).toEqual(SEED_FACTORS.map((f) => f.title));
    let cursor = md.indexOf('## Framgångsfaktorer');
    for (const factor of SEED_FACTORS) {
      const at = md.indexOf(`### ${factor.title}`, cursor);
      expect(at, factor.title).toBeGreaterThan(cursor);
      for (const quote of factor.quotes)
        expect(md.indexOf(quote.replace(/!/g, '\\!'), at)).toBeGreaterThan(at);
      cursor = at;
    }
    expect(md).toContain('> — En grupp');
    expect(md).toContain('Deltog gjorde representanter från 29 organisationer: Alingsås,');
    expect(md).toContain('Vänersborg och Åmål.');
    expect(md).toContain(`## Reflektioner\n\n${SEED_REFLECTIONS}`);
  });

  it('Markdown is byte-identical across two exports of the same state', async () => {
    const a = await exportAs('md');
    const b = await exportAs('md');
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });

  it('note text stays text in Markdown: no tag, link or emphasis survives', async () => {
    const md = (await exportAs('md')).bytes.toString('utf8');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(md).not.toMatch(/(?<!\\)\](?<!\\)\(javascript/);
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).toContain('\\*\\*\\#');
  });

  it('CSV has one row per note, a BOM, and neutralises formula-like text', async () => {
    const { res, bytes } = await exportAs('csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = bytes.toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    const noteCount = SEED_FACTORS.reduce((n, f) => n + f.quotes.length, 0) + EVIL.length;
    expect(rows).toHaveLength(noteCount + 1);
    expect(rows[0]).toBe(
      '"Bord";"Organisationer";"Fas";"Fråga";"Typ";"Text";"Lyft till storgruppen";"Framgångsfaktor";"Utdrag"',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""klick"")"`);
    expect(csv).not.toMatch(/;"=HYPERLINK/);
  });

  it('DOCX has the title, the summary list, the factor headings and the quotes in order', async () => {
    const { res, bytes } = await exportAs('docx');
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
      bullet: m[0].includes('<w:numPr>'),
      text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    const headings = paragraphs
      .filter((p) => /^(Title|Heading\d)$/.test(p.style))
      .map((p) => unescape(p.text));
    expect(headings).toEqual([
      'Framgångsfaktorer – Nyanländas etablering',
      'Sammanfattning',
      'Framgångsfaktorer',
      ...SEED_FACTORS.map((f) => f.title),
      'Deltagande organisationer',
      'Reflektioner',
    ]);
    expect(paragraphs.filter((p) => p.bullet).map((p) => unescape(p.text))).toEqual(
      SEED_FACTORS.map((f) => f.title),
    );
    const quotes = paragraphs.filter((p) => p.style === 'Quote').map((p) => unescape(p.text));
    const expected = SEED_FACTORS.flatMap((f) => f.quotes).map((q) => `”${q}”`);
    expect(quotes.filter((q) => expected.includes(q))).toEqual(expected);
    // Note text is plain runs: the evil texts appear as text, escaped by XML, never as markup.
    expect(quotes).toContain('”<img src=x onerror=alert(1)>”');
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    expect(footnotes).toContain(SEED_MUNICIPALITIES[0]);
  });

  it('LibreOffice converts the DOCX to PDF headless, and the PDF reads as the report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogdag-docx-'));
    const docx = path.join(dir, 'rapport.docx');
    fs.writeFileSync(docx, (await exportAs('docx')).bytes);
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const pdf = path.join(dir, 'rapport.pdf');
    expect(fs.statSync(pdf).size).toBeGreaterThan(5000);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    for (const factor of SEED_FACTORS) expect(text).toContain(factor.title);
    if (process.env.SCREENSHOT_DIR) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        pdf,
        path.join(process.env.SCREENSHOT_DIR, 'report-page'),
      ]);
    }
  }, 150_000);

  it('a JSON archive round-trips: export → import (new event, new secrets) → export gives the same content', async () => {
    const first = (await exportAs('json')).bytes.toString('utf8');
    const imported = await fetch(`${server.url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: first,
    });
    expect(imported.status).toBe(201);
    const created = (await imported.json()) as CreateEventResponse & { tables: { joinCode: string }[] };
    expect(created.eventId).not.toBe(fx.event.eventId);
    expect(created.facilitatorToken).not.toBe(fx.event.facilitatorToken);
    expect(created.tables.map((t) => t.joinCode)).not.toContain(fx.tables[0]!.joinCode);
    const second = (await exportAs('json', created.facilitatorToken, created.eventId)).bytes.toString('utf8');
    expect(second).toBe(first);
    // And the imported event's report reads the same.
    const md1 = (await exportAs('md')).bytes.toString('utf8');
    const md2 = (await exportAs('md', created.facilitatorToken, created.eventId)).bytes.toString('utf8');
    expect(md2).toBe(md1);
  });

  it("exports are for the event's facilitators only, and an archive that is not one is refused with 400", async () => {
    expect((await exportAs('md', fx.tables[0]!.token)).res.status).toBe(403);
    expect((await exportAs('pdf')).res.status).toBe(404);
    const bad = await fetch(`${server.url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'something-else' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });
});
