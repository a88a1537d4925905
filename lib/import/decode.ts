/**
 * Reading an imported file, by documented rules:
 * - UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a byte-order mark is
 *   converted; anything else that is not valid UTF-8 is refused with the byte offset at fault.
 * - CRLF and CR line ends become LF.
 */
export class FileEncodingError extends Error {}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new FileEncodingError(`the file is not UTF-8 (invalid byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8 and try again`);
    }
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const checked = checkUtf8(bytes);
  return "invalid" in checked ? checked.invalid : bytes.length - checked.tail;
}

/**
 * The same rules over a stream of bytes (files are read in chunks, never whole): yields text
 * chunks; a byte that is not UTF-8 stops it with its offset in the file.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let utf16: TextDecoder | null = null;
  let started = false;
  let carry: Uint8Array = new Uint8Array(0);
  let consumed = 0;
  let cr = false;
  const lines = (text: string) => {
    let out = cr && text.startsWith("\n") ? text.slice(1) : text;
    if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
    cr = text.endsWith("\r");
    if (!started) out = out.replace(/^\uFEFF/, "");
    started = true;
    return out;
  };
  for await (const chunk of chunks) {
    let bytes = carry.length ? concat(carry, chunk) : chunk;
    if (!started && !utf16) {
      if (bytes[0] === 0xff && bytes[1] === 0xfe) utf16 = new TextDecoder("utf-16le");
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) utf16 = new TextDecoder("utf-16be");
      if (utf16) {
        bytes = bytes.subarray(2);
        consumed += 2;
      }
    }
    if (utf16) {
      yield lines(utf16.decode(bytes, { stream: true }));
      continue;
    }
    const checked = checkUtf8(bytes);
    if ("invalid" in checked) throw new FileEncodingError(`the file is not UTF-8 (invalid byte at offset ${consumed + checked.invalid}); save it as UTF-8 and try again`);
    const complete = bytes.length - checked.tail;
    yield lines(utf8.decode(bytes.subarray(0, complete)));
    carry = bytes.slice(complete);
    consumed += complete;
  }
  if (carry.length) throw new FileEncodingError(`the file is not UTF-8 (invalid byte at offset ${consumed}); save it as UTF-8 and try again`);
  if (utf16) yield lines(utf16.decode());
}

const utf8 = new TextDecoder("utf-8");

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Where the bytes stop being UTF-8, or how many bytes at the end start a sequence the next chunk completes. */
function checkUtf8(bytes: Uint8Array): { invalid: number } | { tail: number } {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return { invalid: i };
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return { tail: bytes.length - i };
      if ((bytes[i + k]! & 0xc0) !== 0x80) return { invalid: i };
    }
    i += length;
  }
  return { tail: 0 };
}
