// The canonical API first, then each compatibility profile, selectable at the top of the page.
window.ui = SwaggerUIBundle({
  urls: [
    { name: "Clientela API (canonical)", url: "/v3/api-docs" },
    { name: "Profile: credith", url: "/v3/api-docs/credith" },
    { name: "Profile: facturacion-pe", url: "/v3/api-docs/facturacion-pe" },
    { name: "Profile: geotareas", url: "/v3/api-docs/geotareas" },
    { name: "Profile: inventario", url: "/v3/api-docs/inventario" },
    { name: "Profile: oficina", url: "/v3/api-docs/oficina" }
  ],
  "urls.primaryName": "Clientela API (canonical)",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout"
});
