// Starts YASGUI on the query page against this server's endpoint. Kept in a file, not inline,
// because the Content-Security-Policy allows scripts from this server only.
document.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") { return; }
  var endpoint = new URL(el.dataset.endpoint, window.location.href).href;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "GET" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  if (el.dataset.query) {
    yasgui.getTab().setQuery(el.dataset.query);
  }
});
