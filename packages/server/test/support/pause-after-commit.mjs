// Test-only preload for a server process (NODE_OPTIONS="--import <this file>"): the first time the
// server is about to answer 201 to POST …/bookings, it prints where it stopped and freezes the
// whole process, before a byte of the answer is written. The server writes an answer only after
// the create's transaction has committed (app.ts returns the reply from store.transaction), so a
// test that then kills the process with SIGKILL kills it exactly between commit and answer.
import http from 'node:http';
import { writeSync } from 'node:fs';

const writeHead = http.ServerResponse.prototype.writeHead;
let paused = false;

http.ServerResponse.prototype.writeHead = function (status, ...rest) {
  const path = (this.req?.url ?? '').split('?')[0];
  if (!paused && status === 201 && this.req?.method === 'POST' && path.endsWith('/bookings')) {
    paused = true;
    const headers = rest.find((x) => x && typeof x === 'object' && !Array.isArray(x)) ?? {};
    const location = Object.entries(headers).find(([name]) => name.toLowerCase() === 'location');
    writeSync(
      2,
      `booking-test: paused after commit, before answering (pid ${process.pid}, location ${location?.[1] ?? 'none'})\n`,
    );
    // Nothing runs in this process from here on; the test ends it with SIGKILL.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return writeHead.call(this, status, ...rest);
};
