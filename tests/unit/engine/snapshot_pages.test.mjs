// The engine's start-up copy as kept on the device (exercises/assets/snapshot-pages.js): what is
// kept reads back as the very memory it was made from, whatever its pages of zeros, and a copy
// changed by hand or by a failing disk is refused, never read into a wrong memory.
import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

import { PAGE, readSnapshot, storedSnapshot, usedPages } from "../../../exercises/assets/snapshot-pages.js";

/** Memory of LENGTH bytes whose pages in USED hold bytes from SEED (at a few places, the rest zero). */
function memory(length, used, seed = 1) {
  const bytes = new Uint8Array(length);
  for (const page of used) {
    const start = page * PAGE;
    const end = Math.min(start + PAGE, length);
    for (const at of [start, start + 1, Math.floor((start + end) / 2), end - 1]) {
      if (at < end) bytes[at] = ((at * 31 + seed) % 255) + 1;
    }
  }
  return bytes;
}

const kept = async (bytes) => {
  const { body, headers } = await storedSnapshot(bytes);
  return { body, headers, response: () => new Response(body, { headers }) };
};

test("a copy reads back as the memory it was made from", async () => {
  const cases = [
    [5 * PAGE, [0, 1, 2, 3, 4]],
    [5 * PAGE, [0, 4]],
    [5 * PAGE, [2]],
    [7 * PAGE + 144, [0, 3, 7]], // the last page is short
    [7 * PAGE + 3, [1, 7]], // a length that is no whole number of words
    [100, [0]],
  ];
  for (const [length, used] of cases) {
    const bytes = memory(length, used);
    const copy = await kept(bytes);
    assert.deepEqual(await readSnapshot(copy.response()), bytes, `${length} bytes, pages ${used}`);
  }
});

test("random memories read back, whatever their zeros", async () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < 40; n++) {
    const length = 1 + Math.floor(random() * 12 * PAGE);
    const pages = Math.ceil(length / PAGE);
    const used = [...Array(pages).keys()].filter(() => random() < 0.5);
    if (!used.length) used.push(pages - 1);
    const bytes = memory(length, used, n);
    // A view that does not start at a word's boundary, as a copy out of a larger buffer may.
    const shifted = new Uint8Array(length + 1);
    shifted.set(bytes, 1);
    const view = shifted.subarray(1);
    const copy = await kept(view);
    assert.deepEqual(await readSnapshot(copy.response()), bytes, `case ${n}: ${length} bytes, pages ${used}`);
  }
});

test("only the pages that hold something are kept, named as runs", async () => {
  const bytes = memory(9 * PAGE, [0, 1, 4, 5, 6, 8]);
  assert.deepEqual(usedPages(bytes), [[0, 2], [4, 7], [8, 9]]);
  const copy = await kept(bytes);
  assert.equal(copy.headers["x-snapshot-pages"], "0-2,4-7,8-9");
  assert.equal(copy.headers["x-snapshot-length"], String(9 * PAGE));
  const inflated = new Uint8Array(await new Response(copy.body.stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
  assert.equal(inflated.length, 6 * PAGE, "the three pages of zeros are left out");
});

test("a copy kept whole, without a list of pages, still reads back", async () => {
  const bytes = memory(3 * PAGE + 10, [0, 2, 3]);
  const response = new Response(gzipSync(bytes), { headers: { "x-snapshot-length": String(bytes.length) } });
  assert.deepEqual(await readSnapshot(response), bytes);
});

test("a copy changed by hand or by a failing disk is refused", async () => {
  const bytes = memory(6 * PAGE, [0, 1, 3, 5]);
  const copy = await kept(bytes);
  const good = copy.headers;
  const gz = new Uint8Array(await copy.body.arrayBuffer());
  const flipped = gz.slice();
  flipped[Math.floor(flipped.length / 2)] ^= 0xff;
  const usedBytes = gzipSync(new Uint8Array(3 * PAGE)); // three pages' worth for a list that names four
  const broken = {
    "pages out of order": [{ ...good, "x-snapshot-pages": "3-4,0-2,5-6" }, gz],
    "pages that overlap": [{ ...good, "x-snapshot-pages": "0-2,1-4,5-6" }, gz],
    "a run that ends before it starts": [{ ...good, "x-snapshot-pages": "2-0" }, gz],
    "pages past the memory's end": [{ ...good, "x-snapshot-pages": "0-2,3-4,5-9" }, gz],
    "pages that are not numbers": [{ ...good, "x-snapshot-pages": "a-b" }, gz],
    "an empty list of pages": [{ ...good, "x-snapshot-pages": "" }, gz],
    "fewer pages than the bytes fill": [{ ...good, "x-snapshot-pages": "0-2,3-4" }, gz],
    "more pages than the bytes fill": [{ ...good, "x-snapshot-pages": "0-5" }, usedBytes],
    "no length": [{ "x-snapshot-pages": good["x-snapshot-pages"] }, gz],
    "a length of zero": [{ ...good, "x-snapshot-length": "0" }, gz],
    "a negative length": [{ ...good, "x-snapshot-length": "-5" }, gz],
    "a length past any memory": [{ ...good, "x-snapshot-length": "1e300" }, gz],
    "a length that is no whole number": [{ ...good, "x-snapshot-length": "65536.5" }, gz],
    "bytes that are not gzip": [good, bytes.subarray(0, 1000)],
    "gzip whose checksum fails": [good, flipped],
    "gzip cut short": [good, gz.subarray(0, gz.length - 20)],
  };
  for (const [name, [headers, body]] of Object.entries(broken)) {
    await assert.rejects(readSnapshot(new Response(body, { headers })), Error, name);
  }
  assert.deepEqual(await readSnapshot(new Response(gz, { headers: good })), bytes, "the unchanged copy reads");
});
