create table beta_post (id int primary key, body text not null);
select ai.create_vectorizer('beta_post'::regclass,
    loading => ai.loading_column('body'),
    embedding => ai.embedding_openai('text-embedding-3-small', 768),
    destination => ai.destination_table('beta_post_embedding'),
    enqueue_existing => false);
