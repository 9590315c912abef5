/**
 * A labelled <select> for the filter forms (library, figures): the label above, an "all"
 * option first when given, the current value selected. Works without JavaScript (GET forms).
 */
export function SelectField({
  label,
  name,
  value,
  options,
  any,
}: {
  label: string;
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The label of the empty choice ("All companies"), when there is one. */
  any?: string;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{label}</span>
      <select
        name={name}
        defaultValue={value}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
      >
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
