/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.eventgrid.spring.event.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data record of each system event type that has one, written by the code generator
 * of the {@code eventgrid-codegen} module from the Event Grid definitions;
 * {@link SystemEventMappings} is its public face.
 *
 * @author Event Grid for Spring Boot team
 */
@SuppressWarnings("deprecation")
final class SystemEventDataTypes {

	private SystemEventDataTypes() {
	}

	/**
	 * Return the data record of every event type, in the order of the type names.
	 * @return a new map, from event type to record
	 */
	static Map<String, Class<? extends SystemEventData>> mappings() {
		Map<String, Class<? extends SystemEventData>> map = new LinkedHashMap<>();
		map.put("Microsoft.ApiCenter.ApiDefinitionAdded", ApiCenterApiDefinitionAddedEventData.class);
		map.put("Microsoft.ApiCenter.ApiDefinitionUpdated", ApiCenterApiDefinitionUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.APICreated", ApiManagementApiCreatedEventData.class);
		map.put("Microsoft.ApiManagement.APIDeleted", ApiManagementApiDeletedEventData.class);
		map.put("Microsoft.ApiManagement.APIReleaseCreated", ApiManagementApiReleaseCreatedEventData.class);
		map.put("Microsoft.ApiManagement.APIReleaseDeleted", ApiManagementApiReleaseDeletedEventData.class);
		map.put("Microsoft.ApiManagement.APIReleaseUpdated", ApiManagementApiReleaseUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.APIUpdated", ApiManagementApiUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.CircuitBreaker.Closed", ApiManagementCircuitBreakerClosedEventData.class);
		map.put("Microsoft.ApiManagement.CircuitBreaker.Opened", ApiManagementCircuitBreakerOpenedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayAPIAdded", ApiManagementGatewayApiAddedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayAPIRemoved", ApiManagementGatewayApiRemovedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayCertificateAuthorityCreated",
				ApiManagementGatewayCertificateAuthorityCreatedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted",
				ApiManagementGatewayCertificateAuthorityDeletedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated",
				ApiManagementGatewayCertificateAuthorityUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayCreated", ApiManagementGatewayCreatedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayDeleted", ApiManagementGatewayDeletedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayHostnameConfigurationCreated",
				ApiManagementGatewayHostnameConfigurationCreatedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted",
				ApiManagementGatewayHostnameConfigurationDeletedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated",
				ApiManagementGatewayHostnameConfigurationUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.GatewayTokenExpired", ApiManagementGatewayTokenExpiredEventData.class);
		map.put("Microsoft.ApiManagement.GatewayTokenNearExpiry", ApiManagementGatewayTokenNearExpiryEventData.class);
		map.put("Microsoft.ApiManagement.GatewayUpdated", ApiManagementGatewayUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.ProductCreated", ApiManagementProductCreatedEventData.class);
		map.put("Microsoft.ApiManagement.ProductDeleted", ApiManagementProductDeletedEventData.class);
		map.put("Microsoft.ApiManagement.ProductUpdated", ApiManagementProductUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.SubscriptionCreated", ApiManagementSubscriptionCreatedEventData.class);
		map.put("Microsoft.ApiManagement.SubscriptionDeleted", ApiManagementSubscriptionDeletedEventData.class);
		map.put("Microsoft.ApiManagement.SubscriptionUpdated", ApiManagementSubscriptionUpdatedEventData.class);
		map.put("Microsoft.ApiManagement.UserCreated", ApiManagementUserCreatedEventData.class);
		map.put("Microsoft.ApiManagement.UserDeleted", ApiManagementUserDeletedEventData.class);
		map.put("Microsoft.ApiManagement.UserUpdated", ApiManagementUserUpdatedEventData.class);
		map.put("Microsoft.AppConfiguration.KeyValueDeleted", AppConfigurationKeyValueEventData.class);
		map.put("Microsoft.AppConfiguration.KeyValueModified", AppConfigurationKeyValueEventData.class);
		map.put("Microsoft.AppConfiguration.SnapshotCreated", AppConfigurationSnapshotCreatedEventData.class);
		map.put("Microsoft.AppConfiguration.SnapshotModified", AppConfigurationSnapshotModifiedEventData.class);
		map.put("Microsoft.AVS.ClusterCreated", AvsClusterCreatedEventData.class);
		map.put("Microsoft.AVS.ClusterDeleted", AvsClusterDeletedEventData.class);
		map.put("Microsoft.AVS.ClusterFailed", AvsClusterFailedEventData.class);
		map.put("Microsoft.AVS.ClusterUpdated", AvsClusterUpdatedEventData.class);
		map.put("Microsoft.AVS.ClusterUpdating", AvsClusterUpdatingEventData.class);
		map.put("Microsoft.AVS.PrivateCloudFailed", AvsPrivateCloudFailedEventData.class);
		map.put("Microsoft.AVS.PrivateCloudUpdated", AvsPrivateCloudUpdatedEventData.class);
		map.put("Microsoft.AVS.PrivateCloudUpdating", AvsPrivateCloudUpdatingEventData.class);
		map.put("Microsoft.AVS.ScriptExecutionCancelled", AvsScriptExecutionCancelledEventData.class);
		map.put("Microsoft.AVS.ScriptExecutionFailed", AvsScriptExecutionFailedEventData.class);
		map.put("Microsoft.AVS.ScriptExecutionFinished", AvsScriptExecutionFinishedEventData.class);
		map.put("Microsoft.AVS.ScriptExecutionStarted", AvsScriptExecutionStartedEventData.class);
		map.put("Microsoft.Cache.ExportRDBCompleted", RedisExportRdbCompletedEventData.class);
		map.put("Microsoft.Cache.ImportRDBCompleted", RedisImportRdbCompletedEventData.class);
		map.put("Microsoft.Cache.PatchingCompleted", RedisPatchingCompletedEventData.class);
		map.put("Microsoft.Cache.ScalingCompleted", RedisScalingCompletedEventData.class);
		map.put("Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
				AcsMessageDeliveryStatusUpdatedEventData.class);
		map.put("Microsoft.Communication.AdvancedMessageReceived", AcsMessageReceivedEventData.class);
		map.put("Microsoft.Communication.CallEnded", AcsCallEndedEventData.class);
		map.put("Microsoft.Communication.CallParticipantAdded", AcsCallParticipantAddedEventData.class);
		map.put("Microsoft.Communication.CallParticipantRemoved", AcsCallParticipantRemovedEventData.class);
		map.put("Microsoft.Communication.CallStarted", AcsCallStartedEventData.class);
		map.put("Microsoft.Communication.ChatAzureBotCommandReceivedInThread",
				AcsChatAzureBotCommandReceivedInThreadEventData.class);
		map.put("Microsoft.Communication.ChatMessageDeleted", AcsChatMessageDeletedEventData.class);
		map.put("Microsoft.Communication.ChatMessageDeletedInThread", AcsChatMessageDeletedInThreadEventData.class);
		map.put("Microsoft.Communication.ChatMessageEdited", AcsChatMessageEditedEventData.class);
		map.put("Microsoft.Communication.ChatMessageEditedInThread", AcsChatMessageEditedInThreadEventData.class);
		map.put("Microsoft.Communication.ChatMessageReceived", AcsChatMessageReceivedEventData.class);
		map.put("Microsoft.Communication.ChatMessageReceivedInThread", AcsChatMessageReceivedInThreadEventData.class);
		map.put("Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
				AcsChatParticipantAddedToThreadWithUserEventData.class);
		map.put("Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
				AcsChatParticipantRemovedFromThreadWithUserEventData.class);
		map.put("Microsoft.Communication.ChatThreadCreated", AcsChatThreadCreatedEventData.class);
		map.put("Microsoft.Communication.ChatThreadCreatedWithUser", AcsChatThreadCreatedWithUserEventData.class);
		map.put("Microsoft.Communication.ChatThreadDeleted", AcsChatThreadDeletedEventData.class);
		map.put("Microsoft.Communication.ChatThreadParticipantAdded", AcsChatParticipantAddedToThreadEventData.class);
		map.put("Microsoft.Communication.ChatThreadParticipantRemoved",
				AcsChatParticipantRemovedFromThreadEventData.class);
		map.put("Microsoft.Communication.ChatThreadPropertiesUpdated", AcsChatThreadPropertiesUpdatedEventData.class);
		map.put("Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
				AcsChatThreadPropertiesUpdatedPerUserEventData.class);
		map.put("Microsoft.Communication.ChatThreadWithUserDeleted", AcsChatThreadWithUserDeletedEventData.class);
		map.put("Microsoft.Communication.ChatTypingIndicatorReceivedInThread",
				AcsChatTypingIndicatorReceivedInThreadEventData.class);
		map.put("Microsoft.Communication.EmailDeliveryReportReceived", AcsEmailDeliveryReportReceivedEventData.class);
		map.put("Microsoft.Communication.EmailEngagementTrackingReportReceived",
				AcsEmailEngagementTrackingReportReceivedEventData.class);
		map.put("Microsoft.Communication.IncomingCall", AcsIncomingCallEventData.class);
		map.put("Microsoft.Communication.RecordingFileStatusUpdated", AcsRecordingFileStatusUpdatedEventData.class);
		map.put("Microsoft.Communication.RouterJobCancelled", AcsRouterJobCancelledEventData.class);
		map.put("Microsoft.Communication.RouterJobClassificationFailed",
				AcsRouterJobClassificationFailedEventData.class);
		map.put("Microsoft.Communication.RouterJobClassified", AcsRouterJobClassifiedEventData.class);
		map.put("Microsoft.Communication.RouterJobClosed", AcsRouterJobClosedEventData.class);
		map.put("Microsoft.Communication.RouterJobCompleted", AcsRouterJobCompletedEventData.class);
		map.put("Microsoft.Communication.RouterJobDeleted", AcsRouterJobDeletedEventData.class);
		map.put("Microsoft.Communication.RouterJobExceptionTriggered", AcsRouterJobExceptionTriggeredEventData.class);
		map.put("Microsoft.Communication.RouterJobQueued", AcsRouterJobQueuedEventData.class);
		map.put("Microsoft.Communication.RouterJobReceived", AcsRouterJobReceivedEventData.class);
		map.put("Microsoft.Communication.RouterJobSchedulingFailed", AcsRouterJobSchedulingFailedEventData.class);
		map.put("Microsoft.Communication.RouterJobUnassigned", AcsRouterJobUnassignedEventData.class);
		map.put("Microsoft.Communication.RouterJobWaitingForActivation",
				AcsRouterJobWaitingForActivationEventData.class);
		map.put("Microsoft.Communication.RouterJobWorkerSelectorsExpired",
				AcsRouterJobWorkerSelectorsExpiredEventData.class);
		map.put("Microsoft.Communication.RouterWorkerDeleted", AcsRouterWorkerDeletedEventData.class);
		map.put("Microsoft.Communication.RouterWorkerDeregistered", AcsRouterWorkerDeregisteredEventData.class);
		map.put("Microsoft.Communication.RouterWorkerOfferAccepted", AcsRouterWorkerOfferAcceptedEventData.class);
		map.put("Microsoft.Communication.RouterWorkerOfferDeclined", AcsRouterWorkerOfferDeclinedEventData.class);
		map.put("Microsoft.Communication.RouterWorkerOfferExpired", AcsRouterWorkerOfferExpiredEventData.class);
		map.put("Microsoft.Communication.RouterWorkerOfferIssued", AcsRouterWorkerOfferIssuedEventData.class);
		map.put("Microsoft.Communication.RouterWorkerOfferRevoked", AcsRouterWorkerOfferRevokedEventData.class);
		map.put("Microsoft.Communication.RouterWorkerRegistered", AcsRouterWorkerRegisteredEventData.class);
		map.put("Microsoft.Communication.RouterWorkerUpdated", AcsRouterWorkerUpdatedEventData.class);
		map.put("Microsoft.Communication.SMSDeliveryReportReceived", AcsSmsDeliveryReportReceivedEventData.class);
		map.put("Microsoft.Communication.SMSReceived", AcsSmsReceivedEventData.class);
		map.put("Microsoft.Communication.UserDisconnected", AcsUserDisconnectedEventData.class);
		map.put("Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents", LifecycleHookEventsEventData.class);
		map.put("Microsoft.ContainerRegistry.ChartDeleted", ContainerRegistryChartEventData.class);
		map.put("Microsoft.ContainerRegistry.ChartPushed", ContainerRegistryChartEventData.class);
		map.put("Microsoft.ContainerRegistry.ImageDeleted", ContainerRegistryImageEventData.class);
		map.put("Microsoft.ContainerRegistry.ImagePushed", ContainerRegistryImageEventData.class);
		map.put("Microsoft.ContainerService.ClusterSupportEnded", ContainerServiceClusterSupportEndedEventData.class);
		map.put("Microsoft.ContainerService.ClusterSupportEnding", ContainerServiceClusterSupportEndingEventData.class);
		map.put("Microsoft.ContainerService.NewKubernetesVersionAvailable",
				ContainerServiceNewKubernetesVersionAvailableEventData.class);
		map.put("Microsoft.ContainerService.NodePoolRollingFailed",
				ContainerServiceNodePoolRollingFailedEventData.class);
		map.put("Microsoft.ContainerService.NodePoolRollingStarted",
				ContainerServiceNodePoolRollingStartedEventData.class);
		map.put("Microsoft.ContainerService.NodePoolRollingSucceeded",
				ContainerServiceNodePoolRollingSucceededEventData.class);
		map.put("Microsoft.DataBox.CopyCompleted", DataBoxCopyCompletedEventData.class);
		map.put("Microsoft.DataBox.CopyStarted", DataBoxCopyStartedEventData.class);
		map.put("Microsoft.DataBox.OrderCompleted", DataBoxOrderCompletedEventData.class);
		map.put("Microsoft.Devices.DeviceConnected", IotHubDeviceConnectionStateEventData.class);
		map.put("Microsoft.Devices.DeviceCreated", IotHubDeviceLifeCycleEventData.class);
		map.put("Microsoft.Devices.DeviceDeleted", IotHubDeviceLifeCycleEventData.class);
		map.put("Microsoft.Devices.DeviceDisconnected", IotHubDeviceConnectionStateEventData.class);
		map.put("Microsoft.Devices.DeviceTelemetry", IotHubDeviceTelemetryEventData.class);
		map.put("Microsoft.Edge.SolutionVersionPublished", EdgeSolutionVersionPublishedEventData.class);
		map.put("Microsoft.EventGrid.MQTTClientCreatedOrUpdated", EventGridMqttClientCreatedOrUpdatedEventData.class);
		map.put("Microsoft.EventGrid.MQTTClientDeleted", EventGridMqttClientDeletedEventData.class);
		map.put("Microsoft.EventGrid.MQTTClientSessionConnected", EventGridMqttClientSessionConnectedEventData.class);
		map.put("Microsoft.EventGrid.MQTTClientSessionDisconnected",
				EventGridMqttClientSessionDisconnectedEventData.class);
		map.put("Microsoft.EventGrid.SubscriptionDeletedEvent", SubscriptionDeletedEventData.class);
		map.put("Microsoft.EventGrid.SubscriptionValidationEvent", SubscriptionValidationEventData.class);
		map.put("Microsoft.EventHub.CaptureFileCreated", EventHubCaptureFileCreatedEventData.class);
		map.put("Microsoft.HealthcareApis.DicomImageCreated", HealthcareDicomImageCreatedEventData.class);
		map.put("Microsoft.HealthcareApis.DicomImageDeleted", HealthcareDicomImageDeletedEventData.class);
		map.put("Microsoft.HealthcareApis.DicomImageUpdated", HealthcareDicomImageUpdatedEventData.class);
		map.put("Microsoft.HealthcareApis.FhirResourceCreated", HealthcareFhirResourceCreatedEventData.class);
		map.put("Microsoft.HealthcareApis.FhirResourceDeleted", HealthcareFhirResourceDeletedEventData.class);
		map.put("Microsoft.HealthcareApis.FhirResourceUpdated", HealthcareFhirResourceUpdatedEventData.class);
		map.put("Microsoft.KeyVault.CertificateExpired", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.CertificateNearExpiry", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.CertificateNewVersionCreated", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.KeyExpired", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.KeyNearExpiry", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.KeyNewVersionCreated", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.SecretExpired", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.SecretNearExpiry", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.SecretNewVersionCreated", KeyVaultObjectEventData.class);
		map.put("Microsoft.KeyVault.VaultAccessPolicyChanged", KeyVaultObjectEventData.class);
		map.put("Microsoft.MachineLearningServices.DatasetDriftDetected",
				MachineLearningServicesDatasetDriftDetectedEventData.class);
		map.put("Microsoft.MachineLearningServices.ModelDeployed", MachineLearningServicesModelDeployedEventData.class);
		map.put("Microsoft.MachineLearningServices.ModelRegistered",
				MachineLearningServicesModelRegisteredEventData.class);
		map.put("Microsoft.MachineLearningServices.RunCompleted", MachineLearningServicesRunCompletedEventData.class);
		map.put("Microsoft.MachineLearningServices.RunStatusChanged",
				MachineLearningServicesRunStatusChangedEventData.class);
		map.put("Microsoft.Maps.GeofenceEntered", MapsGeofenceEnteredEventData.class);
		map.put("Microsoft.Maps.GeofenceExited", MapsGeofenceExitedEventData.class);
		map.put("Microsoft.Maps.GeofenceResult", MapsGeofenceResultEventData.class);
		map.put("Microsoft.Media.JobCanceled", MediaJobCanceledEventData.class);
		map.put("Microsoft.Media.JobCanceling", MediaJobCancelingEventData.class);
		map.put("Microsoft.Media.JobErrored", MediaJobErroredEventData.class);
		map.put("Microsoft.Media.JobFinished", MediaJobFinishedEventData.class);
		map.put("Microsoft.Media.JobOutputCanceled", MediaJobOutputCanceledEventData.class);
		map.put("Microsoft.Media.JobOutputCanceling", MediaJobOutputCancelingEventData.class);
		map.put("Microsoft.Media.JobOutputErrored", MediaJobOutputErroredEventData.class);
		map.put("Microsoft.Media.JobOutputFinished", MediaJobOutputFinishedEventData.class);
		map.put("Microsoft.Media.JobOutputProcessing", MediaJobOutputProcessingEventData.class);
		map.put("Microsoft.Media.JobOutputProgress", MediaJobOutputProgressEventData.class);
		map.put("Microsoft.Media.JobOutputScheduled", MediaJobOutputScheduledEventData.class);
		map.put("Microsoft.Media.JobOutputStateChange", MediaJobOutputStateChangeEventData.class);
		map.put("Microsoft.Media.JobProcessing", MediaJobProcessingEventData.class);
		map.put("Microsoft.Media.JobScheduled", MediaJobScheduledEventData.class);
		map.put("Microsoft.Media.JobStateChange", MediaJobStateChangeEventData.class);
		map.put("Microsoft.Media.LiveEventChannelArchiveHeartbeat",
				MediaLiveEventChannelArchiveHeartbeatEventData.class);
		map.put("Microsoft.Media.LiveEventConnectionRejected", MediaLiveEventConnectionRejectedEventData.class);
		map.put("Microsoft.Media.LiveEventEncoderConnected", MediaLiveEventEncoderConnectedEventData.class);
		map.put("Microsoft.Media.LiveEventEncoderDisconnected", MediaLiveEventEncoderDisconnectedEventData.class);
		map.put("Microsoft.Media.LiveEventIncomingDataChunkDropped",
				MediaLiveEventIncomingDataChunkDroppedEventData.class);
		map.put("Microsoft.Media.LiveEventIncomingStreamReceived", MediaLiveEventIncomingStreamReceivedEventData.class);
		map.put("Microsoft.Media.LiveEventIncomingStreamsOutOfSync",
				MediaLiveEventIncomingStreamsOutOfSyncEventData.class);
		map.put("Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync",
				MediaLiveEventIncomingVideoStreamsOutOfSyncEventData.class);
		map.put("Microsoft.Media.LiveEventIngestHeartbeat", MediaLiveEventIngestHeartbeatEventData.class);
		map.put("Microsoft.Media.LiveEventTrackDiscontinuityDetected",
				MediaLiveEventTrackDiscontinuityDetectedEventData.class);
		map.put("Microsoft.PolicyInsights.PolicyStateChanged", PolicyInsightsPolicyStateChangedEventData.class);
		map.put("Microsoft.PolicyInsights.PolicyStateCreated", PolicyInsightsPolicyStateCreatedEventData.class);
		map.put("Microsoft.PolicyInsights.PolicyStateDeleted", PolicyInsightsPolicyStateDeletedEventData.class);
		map.put("Microsoft.ResourceNotifications.AKSResources.FleetGateCreated",
				ResourceNotificationsAksResourcesFleetGateCreatedEventData.class);
		map.put("Microsoft.ResourceNotifications.AKSResources.FleetGateDeleted",
				ResourceNotificationsAksResourcesFleetGateDeletedEventData.class);
		map.put("Microsoft.ResourceNotifications.AKSResources.FleetGateUpdated",
				ResourceNotificationsAksResourcesFleetGateUpdatedEventData.class);
		map.put("Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted",
				ResourceNotificationsContainerServiceEventResourcesScheduledEventData.class);
		map.put("Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged",
				ResourceNotificationsHealthResourcesAvailabilityStatusChangedEventData.class);
		map.put("Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated",
				ResourceNotificationsHealthResourcesAnnotatedEventData.class);
		map.put("Microsoft.ResourceNotifications.Resources.CreatedOrUpdated",
				ResourceNotificationsResourceManagementCreatedOrUpdatedEventData.class);
		map.put("Microsoft.ResourceNotifications.Resources.Deleted",
				ResourceNotificationsResourceManagementDeletedEventData.class);
		map.put("Microsoft.Resources.ResourceActionCancel", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceActionFailure", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceActionSuccess", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceDeleteCancel", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceDeleteFailure", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceDeleteSuccess", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceWriteCancel", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceWriteFailure", ResourceOperationEventData.class);
		map.put("Microsoft.Resources.ResourceWriteSuccess", ResourceOperationEventData.class);
		map.put("Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications",
				ServiceBusMessagesAvailableEventData.class);
		map.put("Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners",
				ServiceBusMessagesAvailableEventData.class);
		map.put("Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications",
				ServiceBusMessagesAvailableEventData.class);
		map.put("Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners",
				ServiceBusMessagesAvailableEventData.class);
		map.put("Microsoft.SignalRService.ClientConnectionConnected",
				SignalRServiceClientConnectionConnectedEventData.class);
		map.put("Microsoft.SignalRService.ClientConnectionDisconnected",
				SignalRServiceClientConnectionDisconnectedEventData.class);
		map.put("Microsoft.Storage.AsyncOperationInitiated", StorageAsyncOperationInitiatedEventData.class);
		map.put("Microsoft.Storage.BlobCreated", StorageBlobCreatedEventData.class);
		map.put("Microsoft.Storage.BlobDeleted", StorageBlobDeletedEventData.class);
		map.put("Microsoft.Storage.BlobInventoryPolicyCompleted", StorageBlobInventoryPolicyCompletedEventData.class);
		map.put("Microsoft.Storage.BlobRenamed", StorageBlobRenamedEventData.class);
		map.put("Microsoft.Storage.BlobTierChanged", StorageBlobTierChangedEventData.class);
		map.put("Microsoft.Storage.DirectoryCreated", StorageDirectoryCreatedEventData.class);
		map.put("Microsoft.Storage.DirectoryDeleted", StorageDirectoryDeletedEventData.class);
		map.put("Microsoft.Storage.DirectoryRenamed", StorageDirectoryRenamedEventData.class);
		map.put("Microsoft.Storage.LifecyclePolicyCompleted", StorageLifecyclePolicyCompletedEventData.class);
		map.put("Microsoft.Storage.StorageTaskAssignmentCompleted", StorageTaskAssignmentCompletedEventData.class);
		map.put("Microsoft.Storage.StorageTaskAssignmentQueued", StorageTaskAssignmentQueuedEventData.class);
		map.put("Microsoft.Storage.StorageTaskCompleted", StorageTaskCompletedEventData.class);
		map.put("Microsoft.Storage.StorageTaskQueued", StorageTaskQueuedEventData.class);
		map.put("Microsoft.StorageActions.StorageTaskCompleted", StorageTaskCompletedEventData.class);
		map.put("Microsoft.StorageActions.StorageTaskQueued", StorageTaskQueuedEventData.class);
		map.put("Microsoft.Web.AppServicePlanUpdated", WebAppServicePlanUpdatedEventData.class);
		map.put("Microsoft.Web.AppUpdated", WebAppUpdatedEventData.class);
		map.put("Microsoft.Web.BackupOperationCompleted", WebBackupOperationCompletedEventData.class);
		map.put("Microsoft.Web.BackupOperationFailed", WebBackupOperationFailedEventData.class);
		map.put("Microsoft.Web.BackupOperationStarted", WebBackupOperationStartedEventData.class);
		map.put("Microsoft.Web.RestoreOperationCompleted", WebRestoreOperationCompletedEventData.class);
		map.put("Microsoft.Web.RestoreOperationFailed", WebRestoreOperationFailedEventData.class);
		map.put("Microsoft.Web.RestoreOperationStarted", WebRestoreOperationStartedEventData.class);
		map.put("Microsoft.Web.SlotSwapCompleted", WebSlotSwapCompletedEventData.class);
		map.put("Microsoft.Web.SlotSwapFailed", WebSlotSwapFailedEventData.class);
		map.put("Microsoft.Web.SlotSwapStarted", WebSlotSwapStartedEventData.class);
		map.put("Microsoft.Web.SlotSwapWithPreviewCancelled", WebSlotSwapWithPreviewCancelledEventData.class);
		map.put("Microsoft.Web.SlotSwapWithPreviewStarted", WebSlotSwapWithPreviewStartedEventData.class);
		return map;
	}

}
