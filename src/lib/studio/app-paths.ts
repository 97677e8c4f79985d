// `$app/paths` for the studio's own build (vite.studio.config.ts): the site's base path, from where this build is
// served (<base>/studio-app/).
export const base = import.meta.env.BASE_URL.replace(/\/studio-app\/$/, '');
