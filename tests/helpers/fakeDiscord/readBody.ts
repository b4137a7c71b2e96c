import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  /** Form field, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface DecodedBody {
  raw: Buffer;
  contentType: string;
  /** The JSON body, or multipart's `payload_json` field parsed. */
  json: any;
  files: UploadedFile[];
}

/** Reads a request body the way Discord accepts them: JSON, or multipart/form-data with `payload_json` + `files[n]`. */
export async function readBody(request: IncomingMessage): Promise<DecodedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = request.headers['content-type'] ?? '';
  if (raw.length === 0) return { raw, contentType, json: undefined, files: [] };
  if (contentType.startsWith('application/json')) return { raw, contentType, json: JSON.parse(raw.toString('utf8')), files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // undici's multipart parser (behind Response#formData) is the one Node ships; no hand-rolled boundary parsing.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: UploadedFile[] = [];
    let json: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = JSON.parse(value);
        continue;
      }
      files.push({ field, filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
    }
    return { raw, contentType, json, files };
  }
  throw new Error(`unsupported content-type ${contentType}`);
}
