// How the engine keeps its start-up copy of Python (a memory snapshot) on the reader's device, and reads
// it back. A snapshot is Python's whole memory, about half of it pages of zeros: only the other pages
// are kept, gzip-compressed, and named in the x-snapshot-pages header as runs of 64 KiB pages
// ("0-212,230-481": each run's end left out); x-snapshot-length is the memory's length. Reading back
// inflates each run into its place in memory (the zeros are there already), which costs about half
// of inflating the whole memory. A copy without x-snapshot-pages holds every page (as the engine kept
// copies before it left out the zeros).

export const PAGE = 65536;

/** Whether BYTES[START, END) are all zeros: word by word where the words are aligned. */
function allZeros(bytes, start, end) {
  let at = start;
  for (; at < end && (bytes.byteOffset + at) % 4; at++) if (bytes[at]) return false;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + at, (end - at) >> 2);
  for (let w = 0; w < words.length; w++) if (words[w]) return false;
  for (at += words.length * 4; at < end; at++) if (bytes[at]) return false;
  return true;
}

/** The runs [start, end) of the pages of BYTES that hold something besides zeros. */
export function usedPages(bytes) {
  const runs = [];
  for (let page = 0; page * PAGE < bytes.length; page++) {
    if (allZeros(bytes, page * PAGE, Math.min((page + 1) * PAGE, bytes.length))) continue;
    const last = runs.at(-1);
    if (last?.[1] === page) last[1] = page + 1;
    else runs.push([page, page + 1]);
  }
  return runs;
}

/** SNAPSHOT as it is kept: {body} (a Blob: its used pages, gzip-compressed) and {headers}. */
export async function storedSnapshot(snapshot) {
  const runs = usedPages(snapshot);
  const used = new Blob(runs.map(([start, end]) => snapshot.subarray(start * PAGE, Math.min(end * PAGE, snapshot.length))));
  const body = await new Response(used.stream().pipeThrough(new CompressionStream("gzip"))).blob();
  const headers = { "x-snapshot-length": String(snapshot.length), "x-snapshot-pages": runs.map((run) => run.join("-")).join(",") };
  return { body, headers };
}

/** The runs of pages a kept copy of LENGTH bytes holds, from its HEADER; throws when either is broken. */
function keptPages(header, length) {
  if (!Number.isSafeInteger(length) || length <= 0) throw new Error(`a length of ${length}`);
  const pages = Math.ceil(length / PAGE);
  if (header === null) return [[0, pages]];
  let last = 0;
  return header.split(",").map((run) => {
    const [start, end] = (/^(\d+)-(\d+)$/.exec(run) ?? []).slice(1).map(Number);
    if (!(start >= last && end > start && end <= pages)) throw new Error(`its pages are broken at "${run}"`);
    last = end;
    return [start, end];
  });
}

/** The snapshot kept in RESPONSE, inflated into place. Rejects when the copy is broken: its headers,
 * its gzip (whose checksum is checked), or bytes that do not fill its pages exactly. */
export async function readSnapshot(response) {
  const length = Number(response.headers.get("x-snapshot-length"));
  const runs = keptPages(response.headers.get("x-snapshot-pages"), length);
  const bytes = new Uint8Array(length);
  let run = 0;
  let at = runs[0][0] * PAGE;
  let end = Math.min(runs[0][1] * PAGE, length);
  const reader = response.body.pipeThrough(new DecompressionStream("gzip")).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const { value } = chunk;
    for (let from = 0; from < value.length;) {
      if (run === runs.length) {
        await reader.cancel();
        throw new Error("more bytes than its pages");
      }
      const n = Math.min(value.length - from, end - at);
      bytes.set(value.subarray(from, from + n), at);
      from += n;
      at += n;
      if (at === end && ++run < runs.length) {
        at = runs[run][0] * PAGE;
        end = Math.min(runs[run][1] * PAGE, length);
      }
    }
  }
  if (run < runs.length) throw new Error("fewer bytes than its pages");
  return bytes;
}
