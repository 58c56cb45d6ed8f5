import { Icon } from './icon.tsx';

/** The search field at the top of a list: an icon, a label for screen readers, and the input. */
export function SearchBox({ label, placeholder, value, onValue }: { label: string; placeholder: string; value: string; onValue: (value: string) => void }) {
  return (
    <label class="search-box">
      <Icon name="search" size={18} />
      <span class="visually-hidden">{label}</span>
      <input
        class="input search-box__input"
        type="search"
        placeholder={placeholder}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </label>
  );
}
