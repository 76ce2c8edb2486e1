import { NextResponse } from 'next/server';

/** Liveness of the console server (`npm start` and the tests wait for it). */
export function GET(): NextResponse {
  return NextResponse.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
