create table blog (id int primary key, title text not null, content text not null);
