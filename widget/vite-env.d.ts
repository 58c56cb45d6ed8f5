/// <reference types="vite/client" />
// For `import css from './x.css?inline'`: Vite minifies the CSS and inlines it as a string, which
// the widget adopts into its shadow root (no <link>, nothing on the host page).
