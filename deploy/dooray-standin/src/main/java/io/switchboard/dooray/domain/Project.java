package io.switchboard.dooray.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A project with its tasks: the rules Dooray applies to creating, moving and commenting on tasks. */
public final class Project {

    private final ProjectDefinition definition;
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private List<String> hookUrls;

    Project(ProjectDefinition definition) {
        this.definition = definition;
        this.hookUrls = definition.hookUrls();
    }

    public String id() {
        return definition.id();
    }

    public String code() {
        return definition.code();
    }

    public String state() {
        return definition.state();
    }

    public String organizationId() {
        return definition.organizationId();
    }

    public List<Member> members() {
        return definition.members();
    }

    public List<Tag> tags() {
        return definition.tags();
    }

    public List<Workflow> workflows() {
        return definition.workflows();
    }

    public synchronized List<String> hookUrls() {
        return hookUrls;
    }

    synchronized void replaceHookUrls(List<String> urls) {
        hookUrls = List.copyOf(urls);
    }

    public synchronized List<Post> posts() {
        return List.copyOf(posts.values());
    }

    public synchronized Post post(String postId) {
        Post post = posts.get(postId);
        if (post == null) {
            throw new DoorayException(Failure.NOT_FOUND, "post " + postId + " not found in project " + id());
        }
        return post;
    }

    public Member member(String organizationMemberId) {
        return members().stream().filter(m -> m.organizationMemberId().equals(organizationMemberId)).findFirst()
                .orElseThrow(() -> new DoorayException(Failure.BAD_REQUEST,
                        "member " + organizationMemberId + " is not a member of project " + id()));
    }

    synchronized Post createPost(Supplier<String> ids, Member author, NewPost content, Instant now) {
        content.toMemberIds().forEach(this::member);
        content.ccMemberIds().forEach(this::member);
        checkTags(content.tagIds());
        // a new task starts in the project's first workflow of class registered, as in Dooray
        Post post = new Post(ids.get(), id(), author, content, firstOf(WorkflowClass.REGISTERED), now);
        posts.put(post.id(), post);
        return post;
    }

    synchronized Optional<HookEvent> moveTo(String postId, String workflowId, Member source, Instant now) {
        Workflow target = workflows().stream().filter(w -> w.id().equals(workflowId)).findFirst()
                .orElseThrow(() -> new DoorayException(Failure.BAD_REQUEST,
                        "workflow " + workflowId + " is not a workflow of project " + id()));
        Post post = post(postId);
        Workflow previous = post.workflow();
        if (!post.moveTo(target, now)) {
            return Optional.empty();
        }
        return Optional.of(new HookEvent.WorkflowChanged(summary(), HookEvent.PostSnapshot.of(post), previous, target,
                source, hookUrls));
    }

    synchronized HookEvent.CommentCreated comment(String postId, Comment comment) {
        Post post = post(postId);
        post.addComment(comment);
        return new HookEvent.CommentCreated(summary(), HookEvent.PostSnapshot.of(post), comment, comment.creator(), hookUrls);
    }

    public Workflow firstOf(WorkflowClass workflowClass) {
        return workflows().stream().filter(w -> w.workflowClass() == workflowClass).findFirst().orElseThrow();
    }

    private HookEvent.ProjectSummary summary() {
        return new HookEvent.ProjectSummary(id(), code());
    }

    private void checkTags(List<String> tagIds) {
        List<Tag> chosen = new ArrayList<>();
        for (String tagId : tagIds) {
            chosen.add(tags().stream().filter(t -> t.id().equals(tagId)).findFirst()
                    .orElseThrow(() -> new DoorayException(Failure.BAD_REQUEST,
                            "tag " + tagId + " is not a tag of project " + id())));
        }
        Map<TagGroup, Long> chosenPerGroup = chosen.stream().filter(t -> t.group().isPresent())
                .collect(Collectors.groupingBy(t -> t.group().get(), Collectors.counting()));
        for (TagGroup group : tags().stream().flatMap(t -> t.group().stream()).distinct().toList()) {
            long count = chosenPerGroup.getOrDefault(group, 0L);
            if (group.mandatory() && count == 0) {
                throw new DoorayException(Failure.BAD_REQUEST,
                        "tag group '" + group.name() + "' (" + group.id() + ") is mandatory: tagIds needs one of its tags");
            }
            if (group.selectOne() && count > 1) {
                throw new DoorayException(Failure.BAD_REQUEST,
                        "tag group '" + group.name() + "' (" + group.id() + ") allows one tag, tagIds has " + count);
            }
        }
    }
}
