// The API docs page: Swagger UI (vendored) over /api/openapi.json; a file, not an inline
// script, so the page works under the same strict Content-Security-Policy as the dashboard.
window.SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger", deepLinking: true });
