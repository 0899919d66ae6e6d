// Starts YASGUI on the query page against this server's endpoint. Kept in a file, not inline,
// because the Content-Security-Policy allows scripts from this server only.
document.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") { return; }
  var endpoint = new URL(el.dataset.endpoint, window.location.href).href;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "GET" },
    copyEndpointOnNewTab: false,
    // YASQE completes PREFIX lines from prefix.cc by default; ours come from this server.
    yasqe: { prefixCcApi: new URL("/static/prefixes.json", window.location.href).href },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  if (el.dataset.query) {
    yasgui.getTab().setQuery(el.dataset.query);
  }
});
