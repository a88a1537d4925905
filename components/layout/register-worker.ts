/** Where the service worker is served (app/serwist/[path]/route.ts builds it from app/sw.ts). */
export const workerUrl = "/serwist/sw.js";

/**
 * Registers the service worker once the page has loaded, so nothing in the first view waits for
 * it. On a reader's first visit no worker controls the page yet, so the page asks it to keep this
 * page and the build files and fonts it loaded (Serwist's CACHE_URLS message); the browser's HTTP cache
 * answers those requests, so nothing is downloaded twice. A plain inline script: no bundle.
 */
export const registerWorkerScript = `if("serviceWorker"in navigator)addEventListener("load",function(){var s=navigator.serviceWorker,c=s.controller;s.register(${JSON.stringify(workerUrl)},{scope:"/"}).then(function(){return s.ready}).then(function(r){if(c||!r.active)return;var u=[[location.pathname,{cache:"force-cache"}]];performance.getEntriesByType("resource").forEach(function(e){var p=e.name.replace(location.origin,"");if(!p.indexOf("/_next/static/")||!p.indexOf("/fonts/"))u.push(e.name)});r.active.postMessage({type:"CACHE_URLS",payload:{urlsToCache:u}})}).catch(function(){})})`;
