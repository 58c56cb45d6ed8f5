/** The panel's landing view. Honest about what exists: nothing to search or chat with yet. */
export function HomeView() {
  return (
    <div class="home">
      <p class="notice">Help articles and live chat are coming soon.</p>
    </div>
  );
}
