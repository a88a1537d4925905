/**
 * Reading an imported file, by documented rules:
 * - UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a byte-order mark is
 *   converted; anything else that is not valid UTF-8 is refused with the byte offset at fault.
 * - CRLF and CR line ends become LF.
 */
import { isUtf8 } from "node:buffer";

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
    const complete = bytes.length - incompleteTail(bytes);
    const whole = bytes.subarray(0, complete);
    // Node's check (native) for the common case; it is stricter than the rules here (it also refuses
    // overlong forms and surrogates, which the decoder replaces), so only a chunk it refuses is looked into
    if (!isUtf8(whole)) {
      const checked = checkUtf8(whole);
      if ("invalid" in checked) throw new FileEncodingError(`the file is not UTF-8 (invalid byte at offset ${consumed + checked.invalid}); save it as UTF-8 and try again`);
    }
    yield lines(utf8.decode(whole));
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

/** The length of the UTF-8 sequence a byte starts (0 for a byte that cannot start one). */
const sequenceLength = (b: number) => (b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0);

/** How many bytes at the end start a sequence that the next chunk completes (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 3; i--) {
    // continuation bytes are skipped back to the byte that starts their sequence
    if ((bytes[i]! & 0xc0) !== 0x80) return i + sequenceLength(bytes[i]!) > bytes.length ? bytes.length - i : 0;
  }
  return 0;
}

/** Where the bytes stop being UTF-8, or how many bytes at the end start a sequence the next chunk completes. */
function checkUtf8(bytes: Uint8Array): { invalid: number } | { tail: number } {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(b);
    if (length === 0) return { invalid: i };
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return { tail: bytes.length - i };
      if ((bytes[i + k]! & 0xc0) !== 0x80) return { invalid: i };
    }
    i += length;
  }
  return { tail: 0 };
}
