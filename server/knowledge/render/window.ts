import { JSDOM } from 'jsdom';

type DomWindow = JSDOM['window'];

let shared: DomWindow | null = null;

/**
 * The one DOM the server sanitizes with. A jsdom window costs tens of milliseconds and megabytes to
 * create, so it is made on first use and kept; scripts never run in it (jsdom's default).
 */
export function sharedWindow(): DomWindow {
  shared ??= new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
  return shared;
}
