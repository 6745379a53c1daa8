-- The downgrade, as a forward migration (Flyway OSS has no undo): the vectorizer first, with every object it
-- made (drop_all), then its source table.
select ai.drop_vectorizer('blog_${flyway:defaultSchema}', drop_all => true);
drop table blog;
