/** Saves a file the page made, without any download permission: a link to a Blob, clicked. */
export function saveFile(name: string, type: string, content: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
