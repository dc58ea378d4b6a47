/** Props of ImportFileInput. */
export interface ImportFileInputProps {
  label: string;
  onFile: (file: File) => Promise<unknown>;
  class?: string;
}

/** A labelled picker for a JSON export; cleared after each import so the same file can be picked again. */
export function ImportFileInput({ label, onFile, class: className }: ImportFileInputProps) {
  return (
    <label class="import-label">
      {label}
      <input
        type="file"
        class={className}
        accept="application/json,.json"
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file)
            void onFile(file).finally(() => {
              input.value = '';
            });
        }}
      />
    </label>
  );
}
