export { isBlockRelevant, namesArticleSubject } from './block-relevance';
export { readBriefingItems } from './briefing-items';
export { mightBeTopic } from './might-be-topic';
export { isFurnitureAnywhere, opensListOrNotes } from './page-furniture';
export { namesRelation, readTopic, scoreTopic, type TopicReading } from './score-topic';
export { TOPIC_THRESHOLD } from './topic-weights';
export type { TermSide, TopicDecision, TopicEvidence, TopicInput, TopicWhere } from './types';
