import { ComingSoon } from '../components/coming-soon.tsx';

export function KnowledgePage() {
  return (
    <ComingSoon
      title="Knowledge base"
      icon="book"
      summary="The knowledge base is coming: help articles your customers can search from the widget and a public help centre."
      points={[
        'Write articles in Markdown, with every save kept as a revision',
        'Publishing after review, per language',
        'Fast, typo-tolerant search with suggestions as customers type',
      ]}
    />
  );
}
