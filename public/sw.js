// Service worker: after the first visit the whole guide (every page, every language) works with no network.
//
// `cargo xtask build` replaces the BUILD line below with this build's version (a hash of every file's bytes)
// and the list of every file in dist/, so a new deployment changes this file and the browser installs it.
// Strategy: precache everything on install; serve the app's own files cache-first; on activate delete the
// caches of older versions. The page (boot.js) tells the reader when a new version has taken over.
'use strict';

const BUILD = { version: 'dev', files: [] }; // HPG-BUILD (rewritten by cargo xtask build)

const PREFIX = 'hpg-';
const CACHE = PREFIX + BUILD.version;
const scope = () => new URL(self.registration.scope);
const urlOf = (file) => new URL(file, scope()).href;
const INDEX = () => urlOf('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (BUILD.version === 'dev') return; // an unprocessed build: cache nothing
    const cache = await caches.open(CACHE);
    // `reload` skips the HTTP cache, so a new version never precaches an older file.
    await cache.addAll(BUILD.files.map((file) => new Request(urlOf(file), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(scope().href)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page of the guide is index.html: routes live in the #hash and options (?lang=) in the query.
    const page = request.mode === 'navigate' && (url.pathname === scope().pathname || url.href.startsWith(INDEX()));
    const key = page ? INDEX() : url.origin + url.pathname;
    const hit = await cache.match(key);
    if (hit) return hit;
    return fetch(request);
  })());
});
