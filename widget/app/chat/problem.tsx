/** What went wrong with the visitor's last step, read out as soon as it shows; nothing when all is well. */
export function Problem({ text }: { text: string }) {
  return text ? (
    <p class="problem" role="alert">
      {text}
    </p>
  ) : null;
}
