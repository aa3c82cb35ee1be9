// The styling vocabulary renderers use; colour itself is decided in io/color.ts.

export interface Style {
  readonly enabled: boolean;
  title(text: string): string;
  accent(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  good(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  /** A terminal hyperlink where supported; otherwise the text with the address beside it. */
  link(text: string, url: string): string;
}

const same = (text: string) => text;

export const plainStyle: Style = {
  enabled: false,
  title: same,
  accent: same,
  dim: same,
  bold: same,
  good: same,
  warn: same,
  error: same,
  link: (text, url) => (text === url ? url : `${text} <${url}>`),
};
