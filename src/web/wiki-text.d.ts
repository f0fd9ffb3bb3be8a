// The page build (scripts/build-pages.mjs) imports .wiki files as text: the playground's example article.
declare module '*.wiki' {
  const text: string;
  export default text;
}
