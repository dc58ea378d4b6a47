/** Props of SettingSwitch. */
export interface SettingSwitchProps {
  name: string;
  label: string;
  checked: boolean;
  /** The id of a sentence that explains the switch. */
  describedBy?: string;
  onChange: (checked: boolean) => void;
}

/** One on/off setting: a labelled checkbox. */
export function SettingSwitch({ name, label, checked, describedBy, onChange }: SettingSwitchProps) {
  return (
    <label>
      <input
        type="checkbox"
        name={name}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      {label}
    </label>
  );
}
