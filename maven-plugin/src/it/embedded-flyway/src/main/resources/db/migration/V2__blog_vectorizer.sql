select ai.create_vectorizer('blog'::regclass,
    loading => ai.loading_column('contents'),
    embedding => ai.embedding_openai('text-embedding-3-small', 768),
    destination => ai.destination_table('blog_embedding'),
    enqueue_existing => false);
